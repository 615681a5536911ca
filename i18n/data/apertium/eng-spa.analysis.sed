# Run on Apertium's analyses before its tagger chooses one (i18n/mt/apertium_mode.py). GNU sed -E in the C locale:
# a bracket class matches one byte, so a non-ASCII letter (á, ñ) is written outside classes.
# An instruction starts with a verb in the base form ("Update your app", "Read the report"):
# at a sentence's start, a word that can be that verb and is followed by a determiner is the
# verb (the tagger takes it for a noun: "Actualización vuestra aplicación"); the pair's
# transfer then writes the imperative.
s#((^|<sent>\$)( |\[[^]]*\])*)\^([A-Z][a-z]+)/([^$]*/)?([^/$]*<vblex><pres>)(/[^$]*)?\$( \^[^/$]*/([^$]*/)?[^/$]*<(det|num)>)#\1^\4/\6$\8#g
# Before an object pronoun ("Contact us", "Tell them") the verb's infinitive reading is kept: the
# pair attaches the pronoun to it, and eng-spa.generation.sed makes it the imperative.
s#((^|<sent>\$)( |\[[^]]*\])*)\^([A-Z][a-z]+)/([^$]*/)?([^/$]*<vblex><inf>)(/[^$]*)?\$( \^[^/$]*/prpers<prn><obj>)#\1^\4/\6$\8#g
# A single capitalized word inside a sentence, after a lowercase word that is no determiner and
# before a lowercase word, is a name ("apps built with React", "install Tails"):
# one the pair knows only as a common word ("React": reaccionar) is left as it is (unknown to
# the pair); one it also knows as a proper noun ("Windows") is that proper noun. "the Council",
# "Governor Newsom" and "European" (an adjective) are left to the pair.
s#(\^[a-z][^/$]*/([^$<]|<[^d]|<d[^e]|<de[^t])*\$ )\^([A-Z][a-z]+)/(([A-Za-z]+(<(n|vblex|sg|pl|inf|pres|pri|p3)>)+/?)+)\$( \^[a-z])#\1^\3/*\3$\8#g
s#(\^[a-z][^/$]*/([^$<]|<[^d]|<d[^e]|<de[^t])*\$ )\^([A-Z][a-z]+)/([^$]*/)?([^/$]*<np>[^/$]*)(/[^$]*)?\$( \^[a-z])#\1^\3/\5$\7#g
# "about" is an adverb ("aproximadamente") only before a quantity; before anything else it is
# the preposition ("learn more about the program": sobre).
s#\^([Aa]bout)/[Aa]bout<adv>/([Aa]bout<pr>)\$( \^[^0-9\\])#^\1/\2$\3#g
# "that" before a verb inside a sentence joins a clause ("the program that helps", "we know that
# is"): the relative or the conjunction, both "que"; never the pronoun "aquello".
s#(\^that/)([^$]*/)?(that<cnjsub>)/([^$]*/)?(that<rel><an><mf><sp>)\$( \^[^/$]*/([^$]*/)?[^/$]*<(vblex|vbser|vbmod|vaux|vbhaver)>)#\1\3/\5$\6#g
# "please" before a verb is the courtesy word ("por favor"), and the verb its instruction.
s#\^([Pp]lease)/([Pp]lease<adv>)/[^$]*\$ \^([^/$]*)/([^$]*/)?([^/$]*<vblex><pres>)(/[^$]*)?\$#^\1/\2$ ^\3/\5$#g
