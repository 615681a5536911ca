# Run on Apertium's analyses before its tagger chooses one (i18n/mt/apertium_mode.py). GNU sed -E.
# An instruction starts with a verb in the base form ("Update your app", "Read the report"):
# at a sentence's start, a word that can be that verb and is followed by a determiner is the
# verb (the tagger takes it for a noun: "Actualización vuestra aplicación"); the pair's
# transfer then writes the imperative.
s#((^|<sent>\$)( |\[[^]]*\])*)\^([A-Z][a-z]+)/([^$]*/)?([^/$]*<vblex><pres>)(/[^$]*)?\$( \^[^/$]*/([^$]*/)?[^/$]*<(det|num)>)#\1^\4/\6$\8#g
