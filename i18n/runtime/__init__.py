"""Runtime: how the pipeline runs on this machine: files written atomically, size limits and
the repository lock (filesafe), the cache of what the last run computed (cache), and worker
processes that die with their parent (workers).

May import: the base modules (errors, config, layout).
"""
