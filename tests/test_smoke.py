def test_extract_is_a_fixed_point_on_the_repository(project, run_cli):
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert "0 updated" in result.output
