# Run on Apertium's analyses before its tagger chooses one (i18n/mt/apertium_mode.py). GNU sed -E in the C locale:
# a bracket class matches one byte, so a non-ASCII letter (á, ñ) is written outside classes.
# An instruction starts with a verb in the base form ("Update your app", "Read the report"):
# at a sentence's start, a word that can be that verb and is followed by a determiner is the
# verb (the tagger takes it for a noun: "Actualización vuestra aplicación"); the pair's
# transfer then writes the imperative. A verb of two words ("Set up", "Fill out") as well.
s#((^|<sent>\$)( |\[[^]]*\])*)\^([A-Z][a-z]+( [a-z]+)?)/([^$]*/)?([^/$]*<vblex><pres>[^/$]*)(/[^$]*)?\$( \^[^/$]*/([^$]*/)?[^/$]*<(det|num)>)#\1^\4/\7$\9#g
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
# "what" inside a sentence before a clause ("we know what you need", "about what matters") is the
# relative "lo que", never the question word "qué"; before a noun ("what kind") it stays a determiner.
s#(\$ )\^what/what<det><itg><sp>/what<prn><itg><m><sp>/(what<rel><nn><mf><sg>)\$( \^[^/$]*/([^$]*/)?[^/$]*<(prn|det|vb[a-z]+|vaux|adv)>)#\1^what/\2$\3#g
# "which" after a comma or before a verb joins a clause ("the plan, which includes"): the relative.
s#(\^,/,<cm>\$ )\^which/[^$]*/(which<rel><an><mf><sp>)\$#\1^which/\2$#g
s#(\$ )\^which/[^$]*/(which<rel><an><mf><sp>)\$( \^[^/$]*/([^$]*/)?[^/$]*<(vblex|vbser|vbmod|vaux|vbhaver)><(pri|past|pres)>)#\1^which/\2$\3#g
# "so far" is one adverb ("hasta ahora"), not "tan lejos".
s#\^([Ss])o/[Ss]o<preadv>/[Ss]o<cnjadv>\$ \^far/far<adv>/far<adj><sint>\$#^\1o far/\1o far<adv>$#g
# "as" before "part" or a determiner ("as part of", "as a result") is the preposition "como".
s#\^([Aa]s)/[Aa]s<preadv>/[Aa]s<cnjadv>/([Aa]s<pr>)\$( \^(part|a|an|the|our|your|their|its|his|her|my|this|these|those)/)#^\1/\2$\3#g
# "all of the ..." is "all the ...": "todos los", not "todo de los".
s#(\^[Aa]ll/[^$]*\$) \^of/of<pr>\$( \^(the|our|your|their|its|these|those|this|my|his|her)/)#\1\2#g
# "like" after a plural noun or a comma and before a name, a determiner or a noun introduces
# examples ("apps like Signal", "tools, like the map"): the preposition "como", not "gustar".
s#((\^[^/$]*/[^$<]*<n><pl>\$|\^,/,<cm>\$) )\^like/([^$]*/)?(like<pr>)(/[^$]*)?\$( \^([A-Z]|[^/$]*/([^$]*/)?[^/$]*<(det|n|np)>))#\1^like/\4$\6#g
# "licence" is the British spelling of the noun ("the licence"), never the verb.
s#\^([Ll]icences?)/([Ll]icence<n><(sg|pl)>)/[^$]*\$#^\1/\2$#g
# "up" right after a verb, before an object or a preposition, is part of the verb ("open up the
# data", "sign up for alerts"): no "arriba".
s#(<vblex>[^$]*\$) \^up/up<adv>/up<pr>\$( \^([^/$]*/([^$]*/)?[^/$]*<(det|prn|n)>|for/|with/|on/))#\1\2#g
# "existing" is the adjective ("las herramientas existentes"), not the gerund "existiendo".
s#\^([Ee]xisting)/[^$]*\$#^\1/\1<adj>$#g
# "working" and "community" before a noun are nouns, which the pair joins with "de" ("grupo de
# trabajo", "miembros de comunidad"), not the adjectives "laborable" and "comunitario".
s#\^([Ww]orking)/[^$]*/[Ww]orking<adj>\$( \^[^/$]*/([^$]*/)?[^/$]*<n>)#^\1/work<n><sg>$\2#g
s#\^([Cc]ommunity)/[Cc]ommunity<adj>/([Cc]ommunity<n><sg>)\$#^\1/\2$#g
# "and so on" is "y así sucesivamente" (an adverb of ours, eng-spa.dix).
s#(\^(and|or)/(and|or)<cnjcoo>\$ )\^so/so<preadv>/so<cnjadv>\$ \^on/on<adv>/on<pr>\$#\1^so on/so on<adv>$#g
# "So" (capitalized: opening a sentence) and "and so" join clauses ("Así que", "y así que"), not "tan".
s#\^So/So<preadv>/(So<cnjadv>)\$#^So/\1$#g
s#(\^([Aa]nd)/[Aa]nd<cnjcoo>\$ )\^so/so<preadv>/(so<cnjadv>)\$#\1^so/\3$#g
# "do so" is "hacerlo": "so" stands for the object "it".
s#(\^(do|does|did|doing|done)/[^$]*\$ )\^so/so<preadv>/so<cnjadv>\$#\1^so/prpers<prn><obj><p3><nt><sg>$#g
# "as" before a noun ("act as gatekeepers", "as CTO") or "possible" is the preposition "como".
s#\^([Aa]s)/[Aa]s<preadv>/[Aa]s<cnjadv>/([Aa]s<pr>)\$( \^([A-Z]|[^/$]*/\*|[^/$]*/[^/$]*<n><(sg|pl)>\$|possible/))#^\1/\2$\3#g
# "on" left at the end of a clause belongs to its verb or adverb ("count on", "work on",
# "early on"): Spanish has no word for it there (was "encima").
s# \^on/on<adv>/on<pr>\$((\^[.,:;!?)]/)|$)#\1#g
# "state" before "or", "and" or a punctuation mark is the noun ("your state or territory"),
# not the adjective "estatal".
s#\^([Ss]tate)/[^$]*([Ss]tate<n><sg>)[^$]*\$( \^(or|and)/|\^[.,;:]/)#^\1/\2$\3#g
# "since" before a number ("since 2016") is the preposition "desde", not the adverb "desde entonces".
s#\^([Ss]ince)/[Ss]ince<adv>/([Ss]ince<pr>)\$( \^[0-9])#^\1/\2$\3#g
# "most" before an adjective makes its superlative ("our most recent report": "más reciente"),
# not the quantity "la mayoría de".
s#\^([Mm]ost)/[^$]*([Mm]ost<preadv>)[^$]*\$( \^[^/$]*/[^/$]*<adj>[^/$]*\$)#^\1/\2$\3#g
