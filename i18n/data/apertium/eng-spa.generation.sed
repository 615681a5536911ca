# Run on Apertium's stream just before Spanish generation (i18n/mt/apertium_mode.py). GNU sed -E in the C locale:
# a bracket class matches one byte, so a non-ASCII letter (á, ñ) is written outside classes.
# The English passive without its agent is the Spanish "pasiva refleja": "puede ser encontrado"
# -> "se puede encontrar", "ha sido desarrollado" -> "se ha desarrollado" (third person only;
# with "por" and its agent the passive stays). The generator writes the verb in the tense and
# number the transfer chose. (The simple tenses, "son revisados" -> "se revisan", lowered the
# half of the development set they were not written from: "está cerrado" is a state.)
s#(<vblex><pp><[mf]+><(sg|pl)>\$)( \^por<pr>\$)#\1AGENT\3#g
s#\^Haber(<vbhaver><[a-z]+><p3><(sg|pl)>\$) \^ser<vbser><pp><m><sg>\$ \^([^<$^]+)<vblex><pp><[mf]+><(sg|pl)>\$([^A]|$)#^Se<prn><pro><ref><p3><mf><sp>$ ^haber\1 ^\3<vblex><pp><m><sg>$\5#g
s#\^haber(<vbhaver><[a-z]+><p3><(sg|pl)>\$) \^ser<vbser><pp><m><sg>\$ \^([^<$^]+)<vblex><pp><[mf]+><(sg|pl)>\$([^A]|$)#^se<prn><pro><ref><p3><mf><sp>$ ^haber\1 ^\3<vblex><pp><m><sg>$\5#g
s#\^(Poder|Deber)(<vbmod><[a-z]+><p3><(sg|pl)>\$) \^ser<vbser><inf>\$ \^([^<$^]+)<vblex><pp><[mf]+><(sg|pl)>\$([^A]|$)#^Se<prn><pro><ref><p3><mf><sp>$ ^\L\1\E\2 ^\4<vblex><inf>$\6#g
s#\^(poder|deber)(<vbmod><[a-z]+><p3><(sg|pl)>\$) \^ser<vbser><inf>\$ \^([^<$^]+)<vblex><pp><[mf]+><(sg|pl)>\$([^A]|$)#^se<prn><pro><ref><p3><mf><sp>$ ^\1\2 ^\4<vblex><inf>$\6#g
s#\$AGENT#$#g
# "grande" of value goes before its noun, cut to "gran" in the singular ("un gran éxito", "grandes
# avances"); the pair places every adjective after the noun ("un éxito grande").
s#(\^[^$<^]+<n><[mf]+><sg>\$) \^grande<adj><mf><sg>\$#^gran<adj><mf><sg>$ \1#g
s#(\^[^$<^]+<n><[mf]+><pl>\$) \^grande<adj><mf><pl>\$#^grande<adj><mf><pl>$ \1#g
# A sentence that starts with an infinitive carrying its object pronoun is an instruction
# ("Contactarnos para ayuda" -> "Contáctanos para ayuda"), in the pair's "tú".
s#((^|<sent>\$)( |\[[^]]*\])*)\^([A-Z][^<$^]*)<vblex><inf>\+prpers<prn><enc>#\1^\4<vblex><imp><p2><sg>+prpers<prn><enc>#g
# "there" + "be" is the impersonal "haber" in every tense and place ("cuando allí es" -> "cuando
# hay", "allí era" -> "había", "¿Es allí...?" -> "¿Hay...?"), always singular ("ha habido").
s#\^allí<adv>\$ \^ser<vbser><pri><p3><(sg|pl)>\$#^hay<vblex><pri><p3><sg>$#g
s#\^Allí<adv>\$ \^ser<vbser><pri><p3><(sg|pl)>\$#^Hay<vblex><pri><p3><sg>$#g
s#\^allí<adv>\$ \^ser<vbser><(pii|ifi|fti|cni)><p3><(sg|pl)>\$#^haber<vbhaver><\1><p3><sg>$#g
s#\^Allí<adv>\$ \^ser<vbser><(pii|ifi|fti|cni)><p3><(sg|pl)>\$#^Haber<vbhaver><\1><p3><sg>$#g
s#\^Ser<vbser><pri><p3><(sg|pl)>\$ \^allí<adv>\$#^Hay<vblex><pri><p3><sg>$#g
s#\^ser<vbser><pri><p3><(sg|pl)>\$ \^allí<adv>\$#^hay<vblex><pri><p3><sg>$#g
s#\^Ser<vbser><(pii|ifi|fti|cni)><p3><(sg|pl)>\$ \^allí<adv>\$#^Haber<vbhaver><\1><p3><sg>$#g
s#\^ser<vbser><(pii|ifi|fti|cni)><p3><(sg|pl)>\$ \^allí<adv>\$#^haber<vbhaver><\1><p3><sg>$#g
s#\^([Hh])aber<vbhaver><([a-z]+)><p3><(sg|pl)>\$ \^Haber<vbhaver><pp><m><sg>\$#^\1aber<vbhaver><\2><p3><sg>$ ^haber<vbhaver><pp><m><sg>$#g
# The English simple-past passive ("was counted", "were fixed") is "ser" in the preterite ("fue
# contado"), not "estar" ("estuvo contado"): a completed action, not a state.
s#\^estar<vblex><ifi>(<p3><(sg|pl)>\$ \^[^<$^]+<vblex><pp><[mf]+><(sg|pl)>\$)#^ser<vbser><ifi>\1#g
s#\^Estar<vblex><ifi>(<p3><(sg|pl)>\$ \^[^<$^]+<vblex><pp><[mf]+><(sg|pl)>\$)#^Ser<vbser><ifi>\1#g
# "any" before a plural noun is "cualquier" and a singular noun ("sin cualquier cambio"), never
# the archaic plural "cualesquier".
s#(\^[Cc]ualquier<det><ind><mf>)<pl>(\$ \^[^<$^]+<n><[mf]+>)<pl>(\$ \^[^<$^]+<adj>(<[a-z]+>)*)<pl>\$#\1<sg>\2<sg>\3<sg>$#g
s#(\^[Cc]ualquier<det><ind><mf>)<pl>(\$ \^[^<$^]+<n><[mf]+>)<pl>\$#\1<sg>\2<sg>$#g
# A relative after a comma is "que" ("el plan, que incluye"): the pair writes "el cual" in the
# masculine whatever the noun's gender.
s#(\^,<cm>\$ )\^el cual<rel><nn><[mf]+><(sg|pl)>\$#\1^que<rel><an><mf><sp>$#g
# "be able to" is "poder" in the tense and person of "be" ("podremos ayudar"), not "ser capaz de".
s#\^([Ss])er<vbser>(<[a-z]+><p[123]><(sg|pl)>|<inf>)\$ \^capaz<adj><mf><(sg|pl)>\$ \^de<pr>\$#^\1erPODER<vbmod>\2$#g
s#\^SerPODER<#^Poder<#g
s#\^serPODER<#^poder<#g
# "over" before a number is "más de" ("más de 500 personas"), not "encima".
s#\^encima<adv>\$( \^[0-9])#^más<adv>$ ^de<pr>$\1#g
s#\^Encima<adv>\$( \^[0-9])#^Más<adv>$ ^de<pr>$\1#g
# "far" before a comparative is "mucho" ("mucho más útil"), not "lejos".
s#\^lejos<adv>\$( \^(más|menos|mejor|peor)<)#^mucho<adv>$\1#g
# "allow/enable X to do" is "permitir (a) X hacer" and "help/encourage/invite X to do" is
# "ayudar/animar/invitar a X a hacer": the verb's "to" is no "para" ("permiten a los usuarios
# acceder", "ayudará a más usuarios a descubrir").
s#(\^[Pp]ermitir<vblex>[^$]*\$( \^[^$^]*<(det|n|adj|prn|num|preadv|adv)>[^$^]*\$){1,3}) \^para<pr>\$( \^[^<$^]+<vblex><inf>)#\1\4#g
s#(\^([Aa]yudar|[Aa]nimar|[Ii]nvitar)<vblex>[^$]*\$( \^[^$^]*<(det|n|adj|prn|num|preadv|adv)>[^$^]*\$){1,3}) \^para<pr>\$( \^[^<$^]+<vblex><inf>)#\1 ^a<pr>$\5#g
# "the need for" is "la necesidad de"; "the goal is to do" is "el objetivo es hacer".
s#(\^necesidad<n><f><(sg|pl)>\$) \^para<pr>\$#\1 ^de<pr>$#g
s#(\^(objetivo|meta|misión|propósito|idea|prioridad|tarea|plan|intención|finalidad)<n><[mf]+><sg>\$ \^ser<vbser><[a-z]+><p3><sg>\$) \^para<pr>\$( \^[^<$^]+<vblex><inf>)#\1\3#g
# A verb whose object is a person takes the personal "a" before it ("ayuda a las familias",
# "invitamos a los vecinos"); the pair writes the object bare ("ayuda las familias").
s#(\^([Aa]yudar|[Aa]nimar|[Ii]nvitar|[Ii]nstar|[Cc]apacitar|[Aa]lentar|[Ee]mpoderar)<vblex>[^$]*\$)( \^[^<$^]+<(det|n)>)#\1 ^a<pr>$\3#g
# "we" the pair leaves as the pronoun before its verb ("por qué nosotros llama", "y nosotros están"):
# Spanish drops it and the verb says "we" ("llamamos", "estamos"); an adverb may stand between.
# Not after a preposition: "para nosotros es" keeps its pronoun.
s#(\^[^<$^]+<(cnjcoo|cnjsub|cnjadv|cm|rel|adv)>[^$]*\$ )\^prpers<prn><tn><p1><[mf]+><pl>\$ ((\^[^<$^]+<adv>\$ )?)\^([^<$^]+)<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)><p[123]><(sg|pl)>\$#\1\3^\5<\6><\7><p1><pl>$#g
s#\^Prpers<prn><tn><p1><[mf]+><pl>\$ \^([^<$^]+)<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)><p[123]><(sg|pl)>\$#^\u\1<\2><\3><p1><pl>$#g
# A verb before which the pair put an object pronoun of the first or second person takes that
# pronoun's person ("el condado nos ayudo", "esto te ayudas", "nos permito"): "us", "me" and a
# "you" with a verb in the singular are objects of a third person ("nos ayuda", "te ayuda"); a
# "you" with a verb in the plural, of a noun ("los condados te ayudan") or else of "we" ("we
# encourage you": "te animamos"). A reflexive ("ourselves": <m>, <ref>) keeps its verb.
s#(\^[Pp]rpers<prn><pro><p1><mf><(sg|pl)>\$ \^[^<$^]+<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)>)<p1>(<(sg|pl)>\$)#\1<p3>\5#g
s#(\^[Pp]rpers<prn><pro><p2><mf><sg>\$ \^[^<$^]+<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)>)<p2>(<sg>\$)#\1<p3>\4#g
s#(<(n|np)>[^$]*\$ \^[Pp]rpers<prn><pro><p2><mf><sg>\$ \^[^<$^]+<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)>)<p2>(<pl>\$)#\1<p3>\5#g
s#(\^[Pp]rpers<prn><pro><p2><mf><sg>\$ \^[^<$^]+<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)>)<p2>(<pl>\$)#\1<p1>\4#g
# The same "to" after a pronoun object: "nos permite analizar", "te animamos a votar".
s#(\^[Pp]rpers<prn><pro>[^$]*\$ \^permitir<vblex>[^$]*\$) \^para<pr>\$( \^[^<$^]+<vblex><inf>)#\1\2#g
s#(\^[Pp]rpers<prn><pro>[^$]*\$ \^(ayudar|animar|invitar|instar|alentar)<vblex>[^$]*\$) \^para<pr>\$( \^[^<$^]+<vblex><inf>)#\1 ^a<pr>$\3#g
# "by doing" is the gerund ("mejorarlo agregando pruebas", "Construyendo la aplicación, aprendimos"),
# not "por" and the infinitive. (Before the thanks below, whose "por hacer" stays.)
s#\^por<pr>\$ \^([^<$^]+)<vblex><inf>#^\1<vblex><ger>#g
s#\^Por<pr>\$ \^([^<$^]+)<vblex><inf>#^\u\1<vblex><ger>#g
# After any other preposition Spanish takes the infinitive, never the gerund the pair copies from
# English ("sobre traducir", "sin tener que esperar"; was "sobre traduciendo", "sin teniendo"); "on doing"
# is "en hacer" ("centrarnos en mejorar"; was "encima mejorando").
s#(\^([Ss]obre|[Ss]in|de|en|a|con|tras|[Aa]ntes de|[Dd]espués de)<pr>\$ )\^([^<$^]+)<(vblex|vbhaver|vbser|vbmod)><ger>#\1^\3<\4><inf>#g
s#\^encima<adv>\$ \^([^<$^]+)<(vblex|vbhaver|vbser|vbmod)><ger>#^en<pr>$ ^\1<\2><inf>#g
# Thanks are "por" what they are for ("gracias por tu apoyo", "gracias a los voluntarios por
# ayudarnos", "agradecidos por"), not "para".
s#(\^[Gg]racias<ij>\$ )\^[Pp]ara<pr>\$#\1^por<pr>$#g
s#(\^[Gg]racias a<pr>\$( \^[^$^]*<(predet|det|n|np|adj|num|cnjcoo)>[^$^]*\$){1,5}) \^para<pr>\$#\1 ^por<pr>$#g
s#(\^agradecido<adj><[mf]+><(sg|pl)>\$) \^para<pr>\$#\1 ^por<pr>$#g
# "for" a length of time is "durante" ("durante años", "durante 20 años"), not "para".
s#\^([Pp])ara<pr>\$( (\^[^<$^]+<num>[^$^]*\$ |\^(varios|mucho|poco|alguno|uno)<(det|num)>[^$^]*\$ )?\^(año|mes|semana|día|década|hora|siglo)<n><[mf]+><pl>\$)#^\1ARADURANTE<pr>$\2#g
s#\^PARADURANTE<#^Durante<#g
s#\^pARADURANTE<#^durante<#g
# A noun of the one institution, place or group a release speaks of, as the complement of
# another ("government officials", "the needs of users"), takes the definite article: "los
# funcionarios del gobierno", "miembros de la comunidad", "los derechos de los usuarios"; the
# pair writes it bare ("de gobierno"). Not before an adjective ("de gobierno abierto": a kind),
# nor people counted ("millones de usuarios").
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(gobierno|condado|estado|país|proyecto|equipo)<n><m><sg>\$#\1^elARTICLE<det><def><m><sg>$ ^\3<n><m><sg>$#g
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(comunidad|ciudad)<n><f><sg>\$#\1^elARTICLE<det><def><f><sg>$ ^\3<n><f><sg>$#g
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(usuario|ciudadano|desarrollador)<n><[mf]+><pl>\$#\1^elARTICLE<det><def><m><pl>$ ^\3<n><m><pl>$#g
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(residente)<n><mf><pl>\$#\1^elARTICLE<det><def><m><pl>$ ^\3<n><mf><pl>$#g
# People and institutions spoken of as a whole take it too, after "para", "con", "a", "por" ("para
# los usuarios", "con las empresas") and as the subject opening a sentence, before its verb ("Los
# residentes pueden"; a term alone, "trabajadores electorales", stays bare), as Spanish generic
# plurals do.
s#(\^(para|con|a|por)<pr>\$ )\^(usuario|ciudadano|desarrollador|residente|votante|persona|familia|estudiante|trabajador|participante|voluntario|propietario|inquilino|niño|miembro|cliente|consumidor|fabricante|proveedor|colaborador|contribuyente|mantenedor|legislador|empresa|organización|comunidad|administración|agencia|autoridad|institución|gobierno)<n><f><pl>\$#\1^elARTICLE<det><def><f><pl>$ ^\3<n><f><pl>$#g
s#(\^(para|con|a|por)<pr>\$ )\^(usuario|ciudadano|desarrollador|residente|votante|persona|familia|estudiante|trabajador|participante|voluntario|propietario|inquilino|niño|miembro|cliente|consumidor|fabricante|proveedor|colaborador|contribuyente|mantenedor|legislador|empresa|organización|comunidad|administración|agencia|autoridad|institución|gobierno)<n><(m|mf)><pl>\$#\1^elARTICLE<det><def><m><pl>$ ^\3<n><\4><pl>$#g
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(usuario|ciudadano|desarrollador|residente|votante|persona|familia|estudiante|trabajador|participante|voluntario|propietario|inquilino|niño|miembro|cliente|consumidor|fabricante|proveedor|colaborador|contribuyente|mantenedor|legislador|empresa|organización|comunidad|administración|agencia|autoridad|institución|gobierno)<n><f><pl>\$#\1^elARTICLE<det><def><f><pl>$ ^\3<n><f><pl>$#g
s#(\^[^<$^]+<(n|adj|vblex)>[^$]*\$ \^de<pr>\$ )\^(usuario|ciudadano|desarrollador|residente|votante|persona|familia|estudiante|trabajador|participante|voluntario|propietario|inquilino|niño|miembro|cliente|consumidor|fabricante|proveedor|colaborador|contribuyente|mantenedor|legislador|empresa|organización|comunidad|administración|agencia|autoridad|institución|gobierno)<n><(m|mf)><pl>\$#\1^elARTICLE<det><def><m><pl>$ ^\3<n><\4><pl>$#g
s#((^|<sent>\$)( |\[[^]]*\])*)\^(Usuario|Ciudadano|Desarrollador|Residente|Votante|Persona|Familia|Estudiante|Trabajador|Participante|Voluntario|Propietario|Inquilino|Niño|Miembro|Cliente|Consumidor|Fabricante|Proveedor|Colaborador|Contribuyente|Mantenedor|Legislador|Empresa|Organización|Comunidad|Administración|Agencia|Autoridad|Institución|Gobierno)<n><f><pl>\$( \^[^<$^]+<(vblex|vbmod|vbser|vbhaver|rel)>)#\1^El<det><def><f><pl>$ ^\l\4<n><f><pl>$\5#g
s#((^|<sent>\$)( |\[[^]]*\])*)\^(Usuario|Ciudadano|Desarrollador|Residente|Votante|Persona|Familia|Estudiante|Trabajador|Participante|Voluntario|Propietario|Inquilino|Niño|Miembro|Cliente|Consumidor|Fabricante|Proveedor|Colaborador|Contribuyente|Mantenedor|Legislador|Empresa|Organización|Comunidad|Administración|Agencia|Autoridad|Institución|Gobierno)<n><(m|mf)><pl>\$( \^[^<$^]+<(vblex|vbmod|vbser|vbhaver|rel)>)#\1^El<det><def><m><pl>$ ^\l\4<n><\5><pl>$\6#g
s#(\^(millón|mil|miles|centenar|cientos|docena|número|grupo)<n>[^$]*\$ \^de<pr>\$ )\^elARTICLE<[^$]*\$ #\1#g
s#\^elARTICLE<[^$]*\$ (\^[^<$^]+<n><[mf]+><(sg|pl)>\$ \^[^<$^]+<adj>)#\1#g
# nor a group a complement or a relative clause narrows ("con familias que huyeron", "a miembros
# del Congreso"): those are some, not all.
s#\^elARTICLE<[^$]*\$ (\^[^<$^]+<n><[mf]+><pl>\$ \^(de<pr>|del<pr>|quién<|[^<$^]+<rel>))#\1#g
s#\^elARTICLE<#^el<#g
# Any verb whose object is such a group, known ("el", "nuestro", "estos"), takes the personal "a"
# ("proteger a los usuarios", "informamos a nuestros socios"); not "tener" nor "haber" ("tenemos
# clientes"), nor "ser"/"estar", whose noun is no object.
s#(\^([^<$^]+)<vblex><[^$]*\$)( \^[^<$^]+<det><(def|pos|dem)><[mf]+><(sg|pl)>\$ (\^[^<$^]+<adj>[^$]*\$ )?\^(usuario|ciudadano|desarrollador|residente|votante|persona|familia|estudiante|trabajador|participante|voluntario|propietario|inquilino|niño|miembro|cliente|consumidor|fabricante|proveedor|colaborador|contribuyente|mantenedor|legislador|empresa|organización|comunidad|administración|agencia|autoridad|institución|gobierno)<n>)#\1 ^a<pr>$\3#g
s#(\^([Tt]ener|[Hh]aber|[Hh]ay)<vblex>[^$]*\$) \^a<pr>\$#\1#g
# "a few" is "algunos" ("algunas semanas"), not the colloquial "unos cuantos".
s#\^([Uu])nos cuantos<det><qnt>(<[mf]+><pl>\$)#^\1NOSCUANTOS<det><qnt>\2#g
s#\^UNOSCUANTOS<#^Alguno<#g
s#\^uNOSCUANTOS<#^alguno<#g
# "further" before a verb is "aún más" after it ("promover aún más"), not "más allá promover".
s#\^más allá<adv>\$ (\^[^<$^]+<vblex><(inf|pri|fti|cni|ifi|ger)>[^$]*\$)#\1 ^aún<adv>$ ^más<adv>$#g
# People counted open a sentence without an article ("Miles de voluntarios", "Millones de personas").
s#((^|<sent>\$)( |\[[^]]*\])*)\^El<det><def><m><pl>\$ \^(millón|mil|centenar|docena)<n><m><pl>\$#\1^\u\4<n><m><pl>$#g
# "new" goes before its noun, as Spanish writes it of what is recent or another ("un nuevo sitio
# web", "nuevas características", "la nueva ley"); the pair puts it after, as a plain description
# ("características nuevas"). Not after a verb ("la ley es nueva"); not before a capitalized noun.
# "latest" is "último" ("la última versión"), not "más tardío"; "best" is "mejor" before its noun too.
s#\^más<preadv>\$ \^tardío<adj>#^último<adj>#g
# After a noun's complement ("centro de salud nuevo") it goes before the head noun and agrees
# with it ("nuevo centro de salud", "nuevos programas de apoyo"), never inside the complement
# ("centro de nuevo salud"): nouns after "de" are marked with a control character (\x01,
# which no text holds) while the two rules run.
/(nuevo|último|mejor)<adj>/{
s#\^de<pr>\$ \^([a-z][^<$^]*<n>)#^de<pr>$ ^\x01\1#g
s#(\^\x01?[a-z][^<$^]*<n><(m|f)><(sg|pl)>\$)(( \^de<pr>\$ \^\x01[^<$^]+<n><[^$]*\$)+) \^(nuevo|último|mejor)<adj><[^$]*\$#^\6<adj><\2><\3>$ \1\4#g
s#(\^[a-z][^<$^]*<n><[^$]*\$)(( \^[^<$^]+<adj><[^$]*\$)*) (\^(nuevo|último|mejor)<adj><[^$]*\$)#\4 \1\2#g
s#\^\x01#^#g
}
# Verbs that take "a" before an infinitive ("help to do", "start doing"): "ayudar a proteger",
# "comenzó a coordinar", "nos fuerza a utilizar"; the pair writes none or "para".
/([Aa]yudar|[Cc]omenzar|[Ee]mpezar|[Ff]orzar|[Oo]bligar|[Ii]nvitar|[Aa]nimar|[Aa]prender|[Ee]nseñar)<vblex>/s#(\^([Aa]yudar|[Cc]omenzar|[Ee]mpezar|[Ff]orzar|[Oo]bligar|[Ii]nvitar|[Aa]nimar|[Aa]prender|[Ee]nseñar)<vblex><[^$]*\$) (\^para<pr>\$ )?(\^[^<$^]+<(vblex|vbser|vbhaver)><inf>)#\1 ^a<pr>$ \4#g
