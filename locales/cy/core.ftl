### Geiriau mae'r craidd yn eu rhoi i bob addasydd: help gyda gorchmynion ac enwau pethau.
###
### Rhifau: mae'r dewisyddion ar rifau'n defnyddio categorïau lluosog CLDR y Gymraeg (zero, one,
### two, few = 3, many = 6, other). Ar ôl rhif, mae'r enw'n unigol ac yn treiglo fel petai'r rhif
### wedi'i ysgrifennu'n air: 2 gefnogwr (treiglad meddal), 3 chefnogwr, 6 chefnogwr (treiglad
### llaes); i bob rhif arall defnyddiwn "o" a'r lluosog: 4 o gefnogwyr, 20 o syniadau. Mae unedau
### amser a hyd (munud, eiliad, diwrnod, nod) yn aros yn unigol bob tro: 2 funud, 30 eiliad.

## Help: un cofnod ar gyfer pob gorchymyn yn core/src/command/catalogue.rs, "defnydd — beth mae'n
## ei wneud". Mae gan orchmynion â sawl ffurf un llinell i bob ffurf; y llinell gyntaf yw'r un bob dydd.
## Mae enwau gorchmynion a'u geiriau allweddol (new, add, list, csv...) yn aros yn Saesneg: dim ond
## y rheini mae'r dosrannydd yn eu deall. Geiriau mewn priflythrennau yw'r rhai i'w llenwi.

help-start = /start — cofrestru, neu ddechrau eto o'r dechrau
help-help = /help [GORCHYMYN] — gweld beth allwch chi ei wneud, neu sut i ddefnyddio un gorchymyn
help-sprint =
    /sprint [N] — gweld y sbrint sydd ar agor, neu sbrint N
    /sprint new AGOR CAU Teitl | disgrifiad — cynllunio sbrint newydd (dyddiadau fel 2026-06-30)
    /sprint window N AGOR CAU — newid pryd mae sbrint N yn agor ac yn cau
    /sprint target N DYDDIAU|default — rhoi ei darged ymateb ei hun i sbrint N mewn diwrnodau gwaith, neu darged y gwasanaeth eto
help-sprints = /sprints — rhestru pob sbrint a'i gam
help-challenges = /challenges [SBRINT] — gweld yr heriau y gallwch chi eu hateb
help-idea = /idea — rhannu syniad, profiad neu arfer da (byddwn ni'n gofyn ychydig o gwestiynau byr)
help-ideas = /ideas [top|new|mine] [TUDALEN] — pori syniadau: y rhai â'r mwyaf o gefnogaeth, y rhai mwyaf newydd, neu'ch rhai chi
help-show = /show N — darllen syniad N a'i sylwadau
help-support = /support N — cefnogi syniad rydych chi'n cytuno ag ef
help-unsupport = /unsupport N — tynnu eich cefnogaeth i syniad yn ôl
help-comment = /comment N eich sylw — gwneud sylw ar syniad N
help-reply = /reply cN eich ateb — ateb sylw (er enghraifft /reply c34 Rwy'n cytuno)
help-follow = /follow N — cael y newyddion diweddaraf am syniad N
help-unfollow = /unfollow N — peidio â chael newyddion am syniad N mwyach
help-subscribe = /subscribe weekly|daily|off — dewis pa mor aml rydych chi'n cael y crynodeb (wythnosol, dyddiol neu ddim o gwbl)
help-pause = /pause DYDDIAU — dal eich hysbysiadau yn ôl am hyd at 90 diwrnod; mae /pause off yn eu hailddechrau
help-timezone = /timezone PARTH — cael crynodebau ac oriau tawel yn ôl eich parth amser chi (e.e. /timezone Europe/Dublin); mae /timezone off yn defnyddio parth amser y gwasanaeth
help-mute = /mute SYNIAD — stopio hysbysiadau am un syniad
help-unmute = /unmute SYNIAD — clywed am y syniad hwnnw eto
help-language = /language [COD] — gweld yr ieithoedd, neu ddewis eich un chi (en, cy, pl, ro, pa, ur, pt, ar)
help-link = /link [COD] — cysylltu eich cyfrifon sgwrsio eraill: anfonwch /link i gael cod, yna /link COD yn yr ap arall
help-mydata = /mydata — gweld popeth rydyn ni'n ei gadw amdanoch chi
help-forgetme = /forgetme — dileu eich manylion; bydd yr hyn rydych chi wedi'i bostio yn aros, gyda “cyn-aelod” yn lle eich enw
help-review = /review — gweld y syniadau a'r sylwadau nesaf sy'n aros i gael eu gwirio
help-approve = /approve N|cN — cyhoeddi syniad (12) neu sylw (c34) sy'n aros i gael ei wirio
help-respond = /respond N|cN eich ymateb — ymateb i syniad neu sylw fel hyrwyddwr
help-hide = /hide N|cN rheswm — cuddio syniad neu sylw sy'n torri'r rheolau, gan ddweud pam
help-restore = /restore N|cN — dod â syniad neu sylw cudd yn ôl
help-awaiting = /awaiting — rhestru sylwadau sy'n dal i aros am ymateb gan hyrwyddwr
help-stats = /stats [SBRINT] — gweld ffigurau sbrint: pobl, syniadau, cefnogaeth a sylwadau
help-outcomes = /outcomes [SPRINT] — gweld beth ddaeth o'r syniadau: canlyniadau'r tîm, gyda'u nodiadau
help-claim = /claim COD — dod yn gyd-awdur ar syniad a gasglodd hyrwyddwr ar ran eich grŵp, a chlywed beth ddaw ohono
help-updates = /updates [SBRINT] — darllen diweddariadau tîm y sbrint, y mwyaf newydd yn gyntaf
help-web = /web — cael dolen i fewngofnodi i ddangosfwrdd y staff ar y we (yn cael ei hanfon yn breifat, ac yn gweithio unwaith yn unig)
help-capture = /capture ENW|off — casglu syniadau ar ran grŵp (cyfarfod byr, rownd ward): mae pob un yn cael cod hawlio i'r bobl oedd yno
help-merge = /merge N M — cyfuno syniad dyblyg N â syniad M (mae ei gefnogaeth yn symud i M)
help-challenge = /challenge add SBRINT Teitl | disgrifiad — ychwanegu her at sbrint
help-theme =
    /theme new SBRINT Enw | disgrifiad — creu thema
    /theme add THEMA SYNIAD — rhoi syniad mewn thema
    /theme list [SBRINT] — rhestru'r themâu
help-bigidea =
    /bigidea new SBRINT THEMA,THEMA Teitl | disgrifiad — creu Syniad Mawr o themâu
    /bigidea stage N CAM — symud Syniad Mawr N i gam newydd
    /bigidea list [SBRINT] — rhestru'r Syniadau Mawr
help-outcome = /outcome N|bN OUTCOME nodyn — cofnodi beth ddaeth o syniad N neu Syniad Mawr bN, a rhoi gwybod i bawb sydd y tu ôl iddo (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread, neu not-taken-forward, sydd angen nodyn yn dweud pam)
help-update = /update — ysgrifennu at bobl y sbrint, fesul cwestiwn: i'w anfon nawr at bob tanysgrifiwr, neu i'w roi ar frig y crynodeb nesaf (mewn un llinell: /update now|digest Teitl | testun [| dolen [| teitl Cymraeg | testun Cymraeg]])
help-stage =
    /stage sprint N CAM — symud sbrint N ymlaen (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N CAM — dweud pa mor bell mae syniad N wedi mynd (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban AELOD rheswm — atal aelod rhag postio (mae'n dal i allu darllen)
help-unban = /unban AELOD — gadael i aelod bostio eto
help-export = /export [SBRINT] [ideas|updates|responses] [csv|json] [withheld] — lawrlwytho'r syniadau cyhoeddus (neu ddiweddariadau'r tîm, neu ba mor hir mae pob sylw wedi aros am ymateb), fel CSV (yn ddiofyn) neu JSON; gall gweinyddwyr ychwanegu withheld i gynnwys y rhai a ddaliwyd yn ôl neu a guddiwyd hefyd, wedi'u marcio
help-audit = /audit — gweld y gweithredoedd cymedroli diweddaraf, a phwy a wnaeth bob gweithred
help-announce = /announce [HER] — mewn grŵp neu bwnc: rhoi gwybod yma am syniadau newydd y sbrint presennol (neu un her); mae /announce off yn stopio hyn
help-deliveries = /deliveries — ciw'r hysbysiadau: faint sy'n aros, wedi'u hanfon ac wedi'u parcio, a pham y methodd y rhai diweddaraf a barciwyd
help-role = /role AELOD member|champion|moderator|admin — rhoi rôl i aelod

## Enwau pethau, pob un wedi'i ddewis gan un newidyn (y gair sydd wedi'i storio).

role-name =
    { $role ->
        [member] Aelod
        [champion] Hyrwyddwr
        [moderator] Cymedrolwr
       *[admin] Gweinyddwr
    }

sprint-stage-name =
    { $stage ->
        [draft] Yn cael ei gynllunio
        [open] Ar agor i syniadau
        [closed] Ar gau i syniadau
        [theming] Creu themâu
        [prototyping] Prototeipio
        [testing] Profi
        [scale_and_spread] Ehangu a lledaenu
       *[archived] Wedi'i archifo
    }

development-stage-name =
    { $stage ->
        [submitted] Wedi'i gyflwyno
        [themed] Mewn thema
        [prototyping] Prototeipio
        [testing] Profi
        [scale_and_spread] Ehangu a lledaenu
       *[not_taken_forward] Heb ei ddatblygu ymhellach
    }

idea-kind-name =
    { $kind ->
        [experience] Profiad
        [good_practice] Arfer da
       *[idea] Syniad
    }

describes-name =
    { $describes ->
        [staff] Staff
        [patient] Claf neu ddefnyddiwr gwasanaeth
        [carer] Gofalwr neu aelod o'r teulu
        [lived_experience] Partner â phrofiad bywyd
        [partner_organisation] Sefydliad partner
       *[other] Arall
    }

digest-name =
    { $frequency ->
        [weekly] Wythnosol
        [daily] Dyddiol
       *[off] Wedi'i ddiffodd
    }

pii-kind-name =
    { $kind ->
        [nhs_number] Rhif GIG
        [phone_number] Rhif ffôn
        [email] Cyfeiriad e-bost
        [postcode] Cod post gydag enw
       *[date_of_birth] Dyddiad geni
    }

visibility-name =
    { $visibility ->
        [pending] Yn aros i gael ei wirio
        [visible] Wedi'i gyhoeddi
        [hidden] Wedi'i guddio
       *[merged] Wedi'i gyfuno
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] Consol
       *[other] Wedi'i fewnforio
    }

# Yn cael ei ddangos yn lle enw rhywun sydd wedi gofyn i gael ei anghofio. Mae'n cael ei roi yn
# lle { $author }, felly does dim "gan" o flaen { $author } yn unman (byddai angen "gan gyn-aelod").
former-member = cyn-aelod
# Pwy yw awdur syniad a gasglwyd, ar ei gerdyn a'i dudalen: y grŵp, byth yr hyrwyddwr a'i
# teipiodd. Mae'n cael ei roi yn lle { $author } ar ôl “awdur:”, fel cyn-aelod.
idea-by-group = y grŵp yn { $session }

## Rhoi gwybod am syniadau newydd mewn grwpiau a phynciau (/announce)

announce-group-only = Mae /announce yn gweithio mewn sgwrs grŵp neu mewn pwnc: ychwanegwch y bot at y sgwrs, ac anfonwch /announce yno.
announce-tied = Byddwn ni'n rhoi gwybod yma am syniadau newydd ar gyfer “{ $title }”.
announce-untied = Fyddwn ni ddim yn rhoi gwybod yma am syniadau newydd mwyach.
announce-not-tied = Doedden ni ddim yn rhoi gwybod am ddim byd yma.
announce-heading = 💡 Syniad newydd

## Hysbysiadau: yr hyn mae pobl yn ei glywed am eu syniadau, eu sylwadau a'u sbrintiau

notify-idea-approved = ✅ Mae eich syniad #{ $id } “{ $title }” wedi'i wirio ac wedi'i gyhoeddi.
notify-idea-held = ⏸ Rydyn ni'n dal eich syniad #{ $id } “{ $title }” yn ôl nes i'r tîm ei wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
notify-idea-hidden = 🙈 Mae'r tîm wedi cuddio eich syniad #{ $id } “{ $title }”: { $reason }
notify-idea-merged = 🔗 Mae eich syniad #{ $id } “{ $title }” wedi'i gyfuno â #{ $into } “{ $into_title }”. Mae ei gefnogwyr wedi symud gydag ef.
notify-idea-themed = 🏷 Mae eich syniad #{ $id } “{ $title }” bellach yn rhan o'r thema “{ $theme }”.
notify-idea-stage = 🚀 Mae syniad #{ $id } “{ $title }” wedi symud i gam newydd: { $stage }.
notify-comment-hidden = 🙈 Mae'r tîm wedi cuddio eich sylw c{ $comment } ar syniad #{ $idea }: { $reason }
notify-response-to-comment = 💬 Mae'r tîm wedi ymateb i'ch sylw ar syniad #{ $id } “{ $title }”.
notify-response-to-idea = 💬 Mae'r tîm wedi ymateb i'ch syniad #{ $id } “{ $title }”.
notify-reply-to-comment = 💬 Mae rhywun wedi ateb eich sylw ar syniad #{ $id } “{ $title }”.
notify-still-with-team = ⏳ Mae eich sylw ar syniad #{ $id } “{ $title }” yn dal gyda thîm y sbrint. Does neb wedi anghofio amdano: byddwch chi'n clywed cyn gynted ag y byddan nhw'n ymateb.
# Hwbiau addewid yr ymateb i dîm y sbrint: bore gwaith hyrwyddwr, dydd Llun cymedrolwr. Mae
# llinell i bob sylw yn dilyn y pennawd; mae $left a $waited yn hydoedd o amser (“3 awr”, “6 diwrnod”).
notify-responses-nearing =
    { $count ->
        [zero] ⏰ Does dim sylwadau'n agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [one] ⏰ Mae 1 sylw yn agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [two] ⏰ Mae { $count } sylw yn agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [few] ⏰ Mae { $count } sylw yn agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [many] ⏰ Mae { $count } sylw yn agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
       *[other] ⏰ Mae { $count } o sylwadau yn agosáu at y targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
    }
notify-responses-overdue =
    { $count ->
        [zero] 🗓️ Sylwadau hwyr yr wythnos hon: does dim sylwadau wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [one] 🗓️ Sylwadau hwyr yr wythnos hon: mae 1 sylw wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [two] 🗓️ Sylwadau hwyr yr wythnos hon: mae { $count } sylw wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [few] 🗓️ Sylwadau hwyr yr wythnos hon: mae { $count } sylw wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
        [many] 🗓️ Sylwadau hwyr yr wythnos hon: mae { $count } sylw wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
       *[other] 🗓️ Sylwadau hwyr yr wythnos hon: mae { $count } o sylwadau wedi aros yn hirach na'r targed ymateb ({ $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }):
    }
notify-nearing-line = • c{ $comment } ar #{ $id } “{ $title }”: { $left } ar ôl
notify-overdue-line = • c{ $comment } ar #{ $id } “{ $title }”: yn aros ers { $waited }
notify-waiting-more = …a { $count } arall.
notify-waiting-hint = Atebwch gyda /respond cN a'ch ymateb, neu gwelwch bob sylw sy'n aros am ymateb gyda /awaiting.
notify-idea-outcome = 📌 Beth ddaeth o syniad #{ $id } “{ $title }”: { $outcome }. { $note }
notify-big-idea-outcome = 📌 Beth ddaeth o'r Syniad Mawr “{ $title }”, a dyfodd o syniadau y gwnaethoch chi eu hysgrifennu, eu cefnogi, eu trafod neu eu dilyn: { $outcome }. { $note }
notify-big-idea-stage = 🌱 Newyddion am eich cyfraniad: mae'r Syniad Mawr “{ $title }”, a dyfodd o syniadau y gwnaethoch chi eu hysgrifennu, eu cefnogi neu eu trafod, wedi symud i gam newydd: { $stage }.
notify-sprint-opened = 📣 Mae sbrint { $id } “{ $title }” ar agor i syniadau. Heriau: { $challenges }. Anfonwch /idea i rannu eich syniad chi.
notify-sprint-closed =
    🏁 Mae sbrint { $id } “{ $title }” wedi cau: { $people ->
        [zero] dim pobl
        [one] 1 person
        [two] { $people } berson
        [few] { $people } pherson
        [many] { $people } pherson
       *[other] { $people } o bobl
    }, { $ideas ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $ideas } syniad
        [few] { $ideas } syniad
        [many] { $ideas } syniad
       *[other] { $ideas } o syniadau
    }, { $interactions ->
        [zero] dim rhyngweithiadau
        [one] 1 rhyngweithiad
        [two] { $interactions } ryngweithiad
        [few] { $interactions } rhyngweithiad
        [many] { $interactions } rhyngweithiad
       *[other] { $interactions } o ryngweithiadau
    }. Diolch am gymryd rhan.
notify-sprint-stage = 🗺 Mae sbrint { $id } “{ $title }” wedi symud i gam newydd: { $stage }.
notify-idea-published = 💡 Syniad newydd #{ $id } “{ $title }”.
notify-comment-published = 💬 Sylw newydd c{ $comment } ar syniad #{ $id }.
notify-idea-revised = Mae tîm y sbrint wedi newid syniad #{ $id }.
notify-comment-revised = Mae tîm y sbrint wedi newid sylw c{ $comment } ar syniad #{ $id }.
notify-button-open = Agor syniad #{ $id }

## Ciw'r hysbysiadau

deliveries-counts = Hysbysiadau: { $pending } yn aros, { $sending } yn cael eu hanfon, { $sent } wedi'u hanfon, { $dead } wedi'u parcio, { $duplicate } wedi'u cymryd drosodd ar ôl i weithiwr stopio (efallai bod pob un o'r rhain wedi'i anfon ddwywaith).
deliveries-dead-line = Wedi'i barcio #{ $id }: { $event } i aelod { $member } ar { $platform }: { $reason }
notify-paused = Mae eich hysbysiadau wedi'u hoedi tan { $until }. Bydd /pause off yn eu hailddechrau'n gynt.
notify-resumed = Mae eich hysbysiadau wedi ailddechrau.
notify-muted = Fyddwch chi ddim yn clywed am syniad #{ $id } mwyach. Bydd /unmute { $id } yn dadwneud hynny.
notify-unmuted = Byddwch chi'n clywed am syniad #{ $id } eto.

## Y crynodeb a'r nodyn atgoffa cyn cau

notify-sprint-closing-soon =
    ⏳ Mae sbrint { $id } “{ $title }” yn cau ymhen 48 awr ({ $closes }). { $news ->
        [zero] Mae amser o hyd i bostio syniad neu i gefnogi syniadau pobl eraill.
        [one] Mae sylwadau newydd ar 1 syniad rydych chi wedi'i gefnogi.
        [two] Mae sylwadau newydd ar { $news } syniad rydych chi wedi'u cefnogi.
        [few] Mae sylwadau newydd ar { $news } syniad rydych chi wedi'u cefnogi.
        [many] Mae sylwadau newydd ar { $news } syniad rydych chi wedi'u cefnogi.
       *[other] Mae sylwadau newydd ar { $news } o syniadau rydych chi wedi'u cefnogi.
    }
digest-heading =
    { $frequency ->
        [daily] 📬 Eich crynodeb dyddiol gan crowdsprint
       *[other] 📬 Eich crynodeb wythnosol gan crowdsprint
    }
digest-challenges = Heriau newydd:
digest-updates = Gan y tîm:
digest-challenge = • { $title }
digest-top-ideas = Y syniadau newydd sydd â'r mwyaf o gefnogaeth:
digest-top-idea =
    • #{ $id } { $title } ({ $count ->
        [zero] dim cefnogwyr
        [one] 1 cefnogwr
        [two] { $count } gefnogwr
        [few] { $count } chefnogwr
        [many] { $count } chefnogwr
       *[other] { $count } o gefnogwyr
    })
digest-followed = Ar syniadau rydych chi'n eu dilyn:
digest-followed-idea =
    • #{ $id } { $title }: { $count ->
        [zero] dim sylwadau newydd
        [one] 1 sylw newydd
        [two] { $count } sylw newydd
        [few] { $count } sylw newydd
        [many] { $count } sylw newydd
       *[other] { $count } o sylwadau newydd
    }
digest-responses = Mae'r tîm wedi ymateb i chi:
digest-response = • #{ $id } { $title }
digest-outcomes = Beth ddaeth o'r syniadau rydych chi wedi'u cefnogi:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = Yn cau cyn bo hir:
digest-deadline = • { $title }: yn cau ar { $closes }
digest-footer =
    { $frequency ->
        [daily] Rydych chi'n cael hwn bob dydd am eich bod chi wedi tanysgrifio.
       *[other] Rydych chi'n cael hwn bob wythnos am eich bod chi wedi tanysgrifio.
    } Gallwch chi newid pa mor aml gyda /subscribe.
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = Agor #{ $id }
digest-button-unsubscribe = Dad-danysgrifio
digest-unsubscribed = Fyddwch chi ddim yn cael y crynodeb na newyddion y sbrint mwyach. Anfonwch /subscribe weekly i'w cael nhw'n ôl.
notify-timezone-set = Eich parth amser bellach yw { $zone }: bydd crynodebau'n cyrraedd yn eich bore chi, a bydd yr oriau tawel yn dilyn eich nos chi.
notify-timezone-off = Rydyn ni wedi anghofio eich parth amser; bydd yr amseroedd yn dilyn parth amser y gwasanaeth ({ $zone }).

## Terfynau cyflymder. Mae $kind yn idea, comment, link neu vote; mae $unit yn seconds neu minutes.

slow-down =
    { $kind ->
        [idea] Rydych chi wedi rhannu llawer o syniadau mewn amser byr — diolch!
        [comment] Rydych chi wedi gwneud llawer o sylwadau mewn amser byr — diolch!
        [link] Rydych chi wedi cysylltu llawer o gyfrifon mewn amser byr.
       *[vote] Rydych chi wedi cefnogi llawer o syniadau mewn amser byr.
    } Rhowch gynnig arall arni ymhen { $unit ->
        [minutes]
            { $count ->
                [zero] llai na munud
                [one] 1 munud
                [two] { $count } funud
                [few] { $count } munud
                [many] { $count } munud
               *[other] { $count } munud
            }
       *[seconds]
            { $count ->
                [zero] ychydig eiliadau
                [one] 1 eiliad
                [two] { $count } eiliad
                [few] { $count } eiliad
                [many] { $count } eiliad
               *[other] { $count } eiliad
            }
    }, os gwelwch yn dda.

## Eich data (/mydata): llinell cyn y cofnod llawn

mydata-summary =
    { $accounts ->
        [zero] Dim cyfrifon cysylltiedig
        [one] 1 cyfrif cysylltiedig
        [two] { $accounts } gyfrif cysylltiedig
        [few] { $accounts } chyfrif cysylltiedig
        [many] { $accounts } chyfrif cysylltiedig
       *[other] { $accounts } o gyfrifon cysylltiedig
    }, { $ideas ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $ideas } syniad
        [few] { $ideas } syniad
        [many] { $ideas } syniad
       *[other] { $ideas } o syniadau
    }, { $comments ->
        [zero] dim sylwadau
        [one] 1 sylw
        [two] { $comments } sylw
        [few] { $comments } sylw
        [many] { $comments } sylw
       *[other] { $comments } o sylwadau
    }, { $supported ->
        [zero] dim syniadau wedi'u cefnogi
        [one] 1 syniad wedi'i gefnogi
        [two] { $supported } syniad wedi'u cefnogi
        [few] { $supported } syniad wedi'u cefnogi
        [many] { $supported } syniad wedi'u cefnogi
       *[other] { $supported } o syniadau wedi'u cefnogi
    }, { $following ->
        [zero] dim syniadau wedi'u dilyn
        [one] 1 syniad wedi'i ddilyn
        [two] { $following } syniad wedi'u dilyn
        [few] { $following } syniad wedi'u dilyn
        [many] { $following } syniad wedi'u dilyn
       *[other] { $following } o syniadau wedi'u dilyn
    }, { $deliveries ->
        [zero] dim negeseuon i chi sy'n aros neu wedi'u cadw
        [one] 1 neges i chi sy'n aros neu wedi'i chadw
        [two] { $deliveries } neges i chi sy'n aros neu wedi'u cadw
        [few] { $deliveries } neges i chi sy'n aros neu wedi'u cadw
        [many] { $deliveries } neges i chi sy'n aros neu wedi'u cadw
       *[other] { $deliveries } o negeseuon i chi sy'n aros neu wedi'u cadw
    } (rydyn ni'n cadw negeseuon am 30 diwrnod ar ôl eu hanfon), { $audit ->
        [zero] dim cofnodion
        [one] 1 cofnod
        [two] { $audit } gofnod
        [few] { $audit } chofnod
        [many] { $audit } chofnod
       *[other] { $audit } o gofnodion
    } amdanoch chi neu gennych chi yn log archwilio'r tîm.

## Geiriau'r cynlluniau testun (core/src/layout.rs a chynlluniau'r bots sgwrsio): llinellau syniadau,
## cardiau, rhestrau, y ciw adolygu, sbrintiau, llinellau archwilio, a'r atebion mae pob arwyneb yn eu rhoi.

member-welcome-back = Croeso'n ôl, { $name }. Teipiwch /ideas i weld y prif syniadau, /idea i rannu un, neu /help i weld popeth.
registration-not-saved = Chafodd dim byd ei gadw. Teipiwch /start pryd bynnag y byddwch chi'n barod.
member-registered = Rydych chi wedi cofrestru, { $name }. Teipiwch /idea i rannu syniad, /ideas i weld beth mae eraill wedi'i awgrymu, neu /help i gael rhagor.
plain-text-unregistered = Diolch! I bostio hynny fel syniad, cofrestrwch yn gyntaf gyda /start — mae'n cymryd munud.
idea-intro = Syniad newydd ar gyfer “{ $sprint }”.
idea-ask-title = Rhowch deitl byr i'ch syniad (hyd at 120 nod).
idea-similar =
    { $count ->
        [zero] Does dim syniadau tebyg yma eto:
        [one] Mae syniad tebyg yma'n barod:
        [two] Mae { $count } syniad tebyg yma'n barod:
        [few] Mae { $count } syniad tebyg yma'n barod:
        [many] Mae { $count } syniad tebyg yma'n barod:
       *[other] Mae { $count } o syniadau tebyg yma'n barod:
    }
support-added =
    Rydych chi'n cefnogi syniad #{ $id }. { $supporters ->
        [zero] Does ganddo ddim cefnogwyr eto.
        [one] Mae ganddo 1 cefnogwr.
        [two] Mae ganddo { $supporters } gefnogwr.
        [few] Mae ganddo { $supporters } chefnogwr.
        [many] Mae ganddo { $supporters } chefnogwr.
       *[other] Mae ganddo { $supporters } o gefnogwyr.
    }
support-removed =
    Dydych chi ddim yn cefnogi syniad #{ $id } mwyach. { $supporters ->
        [zero] Does ganddo ddim cefnogwyr ar hyn o bryd.
        [one] Mae ganddo 1 cefnogwr.
        [two] Mae ganddo { $supporters } gefnogwr.
        [few] Mae ganddo { $supporters } chefnogwr.
        [many] Mae ganddo { $supporters } chefnogwr.
       *[other] Mae ganddo { $supporters } o gefnogwyr.
    }
comment-added = Diolch — mae eich sylw c{ $id } wedi'i ychwanegu at syniad #{ $idea }.
comment-held = Mae eich sylw c{ $id } wedi'i gadw, ond rydyn ni'n ei ddal yn ôl nes i rywun ei wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
follow-added = Rydych chi'n dilyn syniad #{ $id }: byddwch chi'n clywed am ymatebion a chynnydd.
follow-removed = Rydych chi wedi stopio dilyn syniad #{ $id }.
digest-subscribed = Crynodeb: { $frequency }.
language-current = Eich iaith yw { $language }. Dewiswch o'r rhain: { $choices } — er enghraifft /language cy
language-set = Eich iaith bellach yw { $language }.
account-link-code =
    Eich cod cysylltu yw { $code }. Teipiwch /link { $code } yn yr ap arall o fewn { $minutes ->
        [zero] munud
        [one] 1 munud
        [two] { $minutes } funud
        [few] { $minutes } munud
        [many] { $minutes } munud
       *[other] { $minutes } munud
    } i gysylltu'r ddau gyfrif.
account-linked = Dyna ni — mae'r cyfrif hwn bellach wedi'i gysylltu â'ch proffil crowdsprint.
mydata-heading = Popeth rydyn ni'n ei gadw amdanoch chi:
member-forget-confirm = Mae hyn yn dileu eich enw a'ch cyfrifon. Bydd eich syniadau a'ch sylwadau'n aros, gyda “cyn-aelod” yn lle eich enw. Teipiwch ydw i'w dileu, neu unrhyw beth arall i gadw eich cyfrif.
member-forgotten = Mae eich manylion wedi'u dileu. Diolch am gymryd rhan.
conversation-cancelled = Wedi canslo — does dim byd wedi newid.
conversation-nothing-to-cancel = Does dim byd i'w ganslo.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [zero] dim cefnogwyr
        [one] 1 cefnogwr
        [two] { $supporters } gefnogwr
        [few] { $supporters } chefnogwr
        [many] { $supporters } chefnogwr
       *[other] { $supporters } o gefnogwyr
    }, { $comments ->
        [zero] dim sylwadau
        [one] 1 sylw
        [two] { $comments } sylw
        [few] { $comments } sylw
        [many] { $comments } sylw
       *[other] { $comments } o sylwadau
    }
no-ideas = Does dim syniadau yma eto. Beth am fod y cyntaf? Teipiwch /idea.
list-page = Tudalen { $page } o { $pages }. Y dudalen nesaf: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · awdur: { $author } · { $date }
idea-held = Wedi'i ddal yn ôl i'w adolygu: efallai ei fod yn cynnwys { $reasons }.
idea-hidden = Wedi'i guddio gan y tîm: { $reason }
idea-merged = Wedi'i gyfuno â syniad #{ $into }.
idea-status =
    { $supporters ->
        [zero] dim cefnogwyr
        [one] 1 cefnogwr
        [two] { $supporters } gefnogwr
        [few] { $supporters } chefnogwr
        [many] { $supporters } chefnogwr
       *[other] { $supporters } o gefnogwyr
    } · cam: { $stage }{ $supported ->
        [yes] {" "}· rydych chi'n ei gefnogi
       *[no] {""}
    }{ $following ->
        [yes] {" "}· rydych chi'n ei ddilyn
       *[no] {""}
    }
idea-themes = Themâu: { $themes }
no-comments = Does dim sylwadau eto. Ychwanegwch un gyda /comment { $id } eich sylw
comments-heading = Sylwadau:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ Ymateb — { $author }: { $body }
idea-actions = /support { $id } · /comment { $id } testun · /follow { $id }
sprint-title = Sbrint { $id }: { $title } ({ $stage })
sprint-open-until = Ar agor i syniadau o { $opens } tan { $closes }.
sprint-window = Yn rhedeg o { $opens } tan { $closes }; dydy'r sbrint ddim yn derbyn syniadau newydd ar hyn o bryd.
sprint-line = Sbrint { $id }: { $title } — { $stage }, yn cau ar { $closes }
sprint-target-set =
    { $own ->
        [yes] Mae sbrint { $id } “{ $title }” bellach yn addo ymateb o fewn { $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }.
       *[no] Mae sbrint { $id } “{ $title }” yn dilyn targed ymateb y gwasanaeth eto: { $days ->
            [zero] { $days } diwrnod gwaith
            [one] 1 diwrnod gwaith
            [two] { $days } ddiwrnod gwaith
            [few] { $days } diwrnod gwaith
            [many] { $days } diwrnod gwaith
           *[other] { $days } diwrnod gwaith
        }.
    }
idea-counts = Pobl: { $people } · Syniadau: { $ideas } · Cefnogaeth: { $votes } · Sylwadau: { $comments } · Rhyngweithiadau: { $interactions }
challenges-heading = Heriau:
no-challenges = Does dim heriau yn y sbrint hwn eto.
help-heading = Beth allwch chi ei wneud:
help-section = Ar gyfer y rôl { $role }:
help-footer = Teipiwch /help ac enw gorchymyn i gael rhagor, e.e. /help support. Mae testun plaen yn troi'n syniad newydd.
command-usage = Defnydd: { $usage }
review-heading =
    Yn aros i gael eu hadolygu: { $ideas ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $ideas } syniad
        [few] { $ideas } syniad
        [many] { $ideas } syniad
       *[other] { $ideas } o syniadau
    }, { $comments ->
        [zero] dim sylwadau
        [one] 1 sylw
        [two] { $comments } sylw
        [few] { $comments } sylw
        [many] { $comments } sylw
       *[other] { $comments } o sylwadau
    }.
review-comment = c{ $id } ar #{ $idea } “{ $title }” — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } rheswm · /respond { $target } testun
review-approved = Wedi cymeradwyo { $target }.
review-responded = Mae ymateb c{ $id } wedi'i bostio ar { $target }; bydd yr awdur yn cael gwybod.
review-hidden = Wedi cuddio { $target }; bydd yr awdur yn cael gwybod pam.
review-restored = Wedi adfer { $target }.
stats-responses =
    Ymatebion cyntaf: { $median } yw'r amser canolrifol; { $within } allan o { $answered } o fewn { $days ->
        [zero] { $days } diwrnod gwaith
        [one] 1 diwrnod gwaith
        [two] { $days } ddiwrnod gwaith
        [few] { $days } diwrnod gwaith
        [many] { $days } diwrnod gwaith
       *[other] { $days } diwrnod gwaith
    }.
stats-no-responses = Ymatebion cyntaf: dim eto.
stats-captured =
    Syniadau a gasglwyd ar ran grŵp: { $count ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $count } syniad
        [few] { $count } syniad
        [many] { $count } syniad
       *[other] { $count } o syniadau
    } mewn { $sessions ->
        [zero] dim sesiynau
        [one] 1 sesiwn
        [two] { $sessions } sesiwn
        [few] { $sessions } sesiwn
        [many] { $sessions } sesiwn
       *[other] { $sessions } o sesiynau
    } (heb eu cyfrif fel syniadau'r hyrwyddwyr eu hunain).
stats-updates =
    Diweddariadau'r tîm: { $now ->
        [zero] dim un wedi'i anfon ar unwaith
        [one] 1 wedi'i anfon ar unwaith
        [two] { $now } wedi'u hanfon ar unwaith
        [few] { $now } wedi'u hanfon ar unwaith
        [many] { $now } wedi'u hanfon ar unwaith
       *[other] { $now } wedi'u hanfon ar unwaith
    }, { $digest ->
        [zero] dim un wedi'i gadw ar gyfer y crynodebau
        [one] 1 wedi'i gadw ar gyfer y crynodebau
        [two] { $digest } wedi'u cadw ar gyfer y crynodebau
        [few] { $digest } wedi'u cadw ar gyfer y crynodebau
        [many] { $digest } wedi'u cadw ar gyfer y crynodebau
       *[other] { $digest } wedi'u cadw ar gyfer y crynodebau
    }.
outcome-name =
    { $outcome ->
        [under_consideration] Yn cael ei ystyried
        [prototyping] Wedi mynd ymlaen i brototeipio
        [testing] Yn cael ei brofi
        [adopted] Wedi'i fabwysiadu
        [scaled_and_spread] Wedi'i ehangu a'i ledaenu
       *[not_taken_forward] Heb ei ddatblygu ymhellach
    }
outcome-set =
    Wedi gosod canlyniad { $of }: { $outcome }. { $count ->
        [zero] Does neb i gael gwybod.
        [one] Bydd 1 person yn cael gwybod.
        [two] Bydd { $count } berson yn cael gwybod.
        [few] Bydd { $count } pherson yn cael gwybod.
        [many] Bydd { $count } pherson yn cael gwybod.
       *[other] Bydd { $count } o bobl yn cael gwybod.
    }
outcomes-heading = Beth ddaeth o'r syniadau yn “{ $sprint }”:
outcomes-line = { $of } “{ $title }”: { $outcome }
outcomes-line-noted = { $of } “{ $title }”: { $outcome } — { $note }
outcomes-none = Does dim canlyniadau wedi'u cofnodi yn “{ $sprint }” eto.
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 Gan dîm y sbrint: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            Mwy: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ Mae diweddariad #{ $id } ar ei ffordd at bob tanysgrifiwr, mor gyflym ag y mae'r platfformau'n ei ganiatáu.
       *[digest] ✅ Bydd diweddariad #{ $id } ar frig crynodeb nesaf pawb, o dan “Gan y tîm”.
    }
updates-heading = 📣 Diweddariadau tîm y sbrint yn “{ $sprint }”, y mwyaf newydd yn gyntaf:
updates-line = • #{ $id } { $date }: { $title }
updates-none = Dydy tîm y sbrint ddim wedi postio diweddariad yn “{ $sprint }” eto.
web-sign-in-link = Eich dolen fewngofnodi ar gyfer dangosfwrdd y staff: { $link }
    Mae'n gweithio unwaith yn unig, am { $minutes } munud. Peidiwch â'i rhannu: mae'n mewngofnodi fel chi.
# Casglu syniadau ar ran grŵp (cyfarfod byr, rownd ward), a'u hawlio.
capture-started = 📝 Yn casglu syniadau ar gyfer “{ $session }”. Mae pob syniad rydych chi'n ei bostio nawr yn perthyn i'r grŵp, nid i chi, ac yn cael cod hawlio i'r bobl oedd yno. Anfonwch /capture off pan fydd y sesiwn yn gorffen (mae'n dod i ben ohoni'i hun ar ôl { $hours } awr).
capture-status =
    { $count ->
        [zero] 📝 Yn casglu syniadau ar gyfer “{ $session }”: dim syniadau hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
        [one] 📝 Yn casglu syniadau ar gyfer “{ $session }”: 1 syniad hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
        [two] 📝 Yn casglu syniadau ar gyfer “{ $session }”: { $count } syniad hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
        [few] 📝 Yn casglu syniadau ar gyfer “{ $session }”: { $count } syniad hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
        [many] 📝 Yn casglu syniadau ar gyfer “{ $session }”: { $count } syniad hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
       *[other] 📝 Yn casglu syniadau ar gyfer “{ $session }”: { $count } o syniadau hyd yma. Anfonwch /capture off pan fydd y sesiwn yn gorffen.
    }
capture-stopped =
    { $count ->
        [zero] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: ni chasglwyd yr un syniad. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
        [one] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: 1 syniad wedi'i gasglu. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
        [two] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: { $count } syniad wedi'u casglu. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
        [few] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: { $count } syniad wedi'u casglu. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
        [many] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: { $count } syniad wedi'u casglu. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
       *[other] Mae'r sesiwn gasglu “{ $session }” wedi dod i ben: { $count } o syniadau wedi'u casglu. Mae'r syniadau rydych chi'n eu postio nawr yn eiddo i chi eto.
    }
capture-none = Dydych chi ddim yn casglu syniadau ar gyfer grŵp. Dechreuwch gyda /capture ac enw'r sesiwn, fel /capture Cyfarfod Ward 4.
idea-captured = 🤝 Mae syniad #{ $id } wedi'i gasglu ar gyfer “{ $session }”. Ei god hawlio yw { $code }: gall unrhyw un oedd yno anfon /claim { $code } at y bot i ddod yn gyd-awdur a chlywed beth ddaw ohono.
idea-claimed = ✅ Rydych chi bellach yn gyd-awdur ar syniad #{ $id } “{ $title }”. Rydych chi'n ei ddilyn, a byddwch chi'n clywed pan fydd y tîm yn ymateb a beth ddaw ohono.
awaiting-heading =
    { $count ->
        [zero] Does dim sylwadau'n aros am ymateb:
        [one] Mae 1 sylw yn aros am ymateb:
        [two] Mae { $count } sylw yn aros am ymateb:
        [few] Mae { $count } sylw yn aros am ymateb:
        [many] Mae { $count } sylw yn aros am ymateb:
       *[other] Mae { $count } o sylwadau yn aros am ymateb:
    }
awaiting-line = c{ $id } ar #{ $idea } — { $author }: { $body }
awaiting-none = Mae pob sylw wedi cael ymateb. Diolch!
review-merged =
    Mae syniad #{ $from } wedi'i gyfuno â #{ $into }, { $supporters ->
        [zero] a does ganddo ddim cefnogwyr eto.
        [one] ac mae ganddo bellach 1 cefnogwr.
        [two] ac mae ganddo bellach { $supporters } gefnogwr.
        [few] ac mae ganddo bellach { $supporters } chefnogwr.
        [many] ac mae ganddo bellach { $supporters } chefnogwr.
       *[other] ac mae ganddo bellach { $supporters } o gefnogwyr.
    }
sprint-created = Mae sbrint { $id } “{ $title }” wedi'i greu fel drafft. Ychwanegwch heriau gyda /challenge add { $id } Teitl, yna agorwch y sbrint gyda /stage sprint { $id } open.
challenge-added = Mae her { $id } “{ $title }” wedi'i hychwanegu.
idea-stage-set = Mae syniad #{ $id } wedi symud i'r cam: { $stage }.
theme-created = Mae thema { $id } “{ $name }” wedi'i chreu. Ychwanegwch syniadau gyda /theme add { $id } SYNIAD.
theme-added =
    Mae syniad #{ $idea } wedi'i ychwanegu at “{ $name }” ({ $count ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $count } syniad
        [few] { $count } syniad
        [many] { $count } syniad
       *[other] { $count } o syniadau
    } yn y thema).
theme-line =
    Thema { $id }: { $name } — { $count ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $count } syniad
        [few] { $count } syniad
        [many] { $count } syniad
       *[other] { $count } o syniadau
    }
no-themes = Does dim themâu eto. Crëwch un gyda /theme new SBRINT Enw.
big-idea-created = Mae Syniad Mawr { $id } “{ $title }” wedi'i greu.
big-idea-stage-set =
    Mae Syniad Mawr { $id } wedi symud i'r cam: { $stage }; { $people ->
        [zero] does neb wedi cyfrannu ato eto.
        [one] bydd 1 person a gyfrannodd yn cael gwybod.
        [two] bydd { $people } berson a gyfrannodd yn cael gwybod.
        [few] bydd { $people } pherson a gyfrannodd yn cael gwybod.
        [many] bydd { $people } pherson a gyfrannodd yn cael gwybod.
       *[other] bydd { $people } o bobl a gyfrannodd yn cael gwybod.
    }
big-idea-line = Syniad Mawr { $id }: { $title } — { $stage }
no-big-ideas = Does dim Syniadau Mawr eto.
member-banned = Mae aelod { $member } wedi'i wahardd: mae'n gallu darllen, ond nid postio.
member-unbanned = Mae aelod { $member } yn gallu postio eto.
member-role-set = Mae gan { $name } (aelod { $member }) rôl newydd: { $role }.
audit-line = { $at } aelod { $member }: { $action } { $target }
error-internal = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni mewn munud. Os yw'n dal i ddigwydd, nodwch y cyfeirnod { $reference }.

## Sgyrsiau (core/src/conversation): cofrestru, postio syniad, sylw, ymateb, rheswm,
## /forgetme. Mae'r cwestiynau'n dewis ar $style: "buttons" lle mae'r dewisiadau'n fotymau
## (Telegram), "typed" lle maen nhw'n rhestr wedi'i rhifo (y consol).

conversation-welcome =
    Croeso i crowdsprint! Rhannwch syniadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw. Mae cofrestru'n cymryd munud; { $style ->
        [buttons] pwyswch ✖ Canslo unrhyw bryd i stopio.
       *[typed] teipiwch /cancel unrhyw bryd i stopio.
    }
conversation-ask-name =
    Beth hoffech chi i ni eich galw chi? { $style ->
        [buttons] Anfonwch enw, neu pwyswch y botwm i ddefnyddio “{ $name }”. Gallwch chi hefyd ddewis eich iaith yma.
       *[typed] Teipiwch enw, neu pwyswch Enter i ddefnyddio “{ $name }”. I newid iaith, teipiwch ei rhif.
    }
conversation-ask-name-typed = Beth hoffech chi i ni eich galw chi? Teipiwch yr enw yr hoffech chi i eraill ei weld.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    Pa un sy'n eich disgrifio chi orau?{ $style ->
        [buttons] {""}
       *[typed] {" "}Teipiwch rif.
    }
conversation-ask-organisation =
    Gyda pha sefydliad rydych chi? { $style ->
        [buttons] Anfonwch ei enw, neu pwyswch Hepgor.
       *[typed] Teipiwch ei enw, neu pwyswch Enter i hepgor.
    }
conversation-ask-region =
    Ym mha ranbarth rydych chi? { $style ->
        [buttons] Anfonwch ei enw, neu pwyswch Hepgor.
       *[typed] Teipiwch ei enw, neu pwyswch Enter i hepgor.
    }
conversation-ask-consent =
    Preifatrwydd: rydyn ni'n cadw eich enw, beth sy'n eich disgrifio chi a'r hyn rydych chi'n ei bostio, er mwyn rhedeg y sbrint hwn a dweud wrthych chi beth sy'n digwydd i syniadau. Gallwch chi lawrlwytho eich data gyda /mydata a'i ddileu gyda /forgetme unrhyw bryd.
    Ydych chi'n cytuno?{ $style ->
        [buttons] {""}
       *[typed] {" "}Teipiwch ydw neu nac ydw.
    }
conversation-consent-yes = ✓ Ydw, rwy'n cytuno
conversation-consent-no = Nac ydw, dim diolch
conversation-skip = Hepgor
conversation-cancel = ✖ Canslo
conversation-pick-one =
    { $style ->
        [buttons] Pwyswch un o'r botymau, neu anfonwch /cancel i stopio.
       *[typed] Teipiwch un o'r rhifau a ddangosir, neu /cancel i stopio.
    }
conversation-idea-offer =
    Hoffech chi bostio hynny fel syniad? { $style ->
        [buttons] Pwyswch her i fwrw ymlaen, neu ✖ Canslo.
       *[typed] Teipiwch rif her i fwrw ymlaen, neu /cancel os nad ydych chi eisiau.
    }
conversation-ask-challenge =
    Pa her mae eich syniad yn ei hateb?{ $style ->
        [buttons] {""}
       *[typed] {" "}Teipiwch rif.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    Teitl: “{ $title }”. { $style ->
        [buttons] Pwyswch y botwm i'w gadw, neu anfonwch un gwell (hyd at 120 nod).
       *[typed] Pwyswch Enter i'w gadw, neu teipiwch un gwell (hyd at 120 nod).
    }
conversation-keep-title = ✓ Cadw'r teitl hwn
conversation-ask-body =
    Dywedwch fwy wrthon ni: beth fyddech chi'n ei newid, a pham? { $style ->
        [buttons] Anfonwch eich ateb, neu pwyswch Hepgor.
       *[typed] Teipiwch eich ateb, neu pwyswch Enter i hepgor.
    }
conversation-ask-kind =
    Ai syniad, profiad neu arfer da yw hwn?{ $style ->
        [buttons] {""}
       *[typed] {" "}Teipiwch rif, neu pwyswch Enter os mai syniad yw e.
    }
conversation-similar-ask =
    { $style ->
        [buttons] Pwyswch syniad i'w gefnogi yn lle hynny, neu postiwch eich syniad chi beth bynnag.
       *[typed] Teipiwch rif syniad i'w gefnogi yn lle hynny, teipiwch postio i bostio eich syniad chi beth bynnag, neu /cancel i stopio.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = Postio fy un i beth bynnag
conversation-ask-comment = Anfonwch eich sylw ar syniad #{ $id }.
conversation-ask-response = Anfonwch ymateb y tîm i { $target }. Bydd ei awdur yn cael gwybod.
conversation-ask-hide-reason = Pam cuddio { $target }? Anfonwch reswm byr; bydd yr awdur yn ei weld.
conversation-confirm-forget =
    Mae hyn yn dileu eich enw a'ch cyfrifon. Bydd eich syniadau a'ch sylwadau'n aros, gyda “cyn-aelod” yn lle eich enw. { $style ->
        [buttons] Ydych chi'n siŵr?
       *[typed] Teipiwch ydw i'w dileu, neu unrhyw beth arall i gadw eich cyfrif.
    }
conversation-forget-yes = Ydw, dilëwch fy manylion
update-intro = Diweddariad gan y tîm i bawb sy'n cymryd rhan yn “{ $sprint }”. Does dim byd yn cael ei anfon nes i chi ddewis sut ar y diwedd.
conversation-ask-update-title = Beth yw ei deitl? (hyd at 120 nod)
conversation-ask-update-body = Nawr y diweddariad ei hun (hyd at 2,000 nod).
conversation-ask-update-link =
    Dolen i ragor o wybodaeth (rhaid iddi ddechrau gyda https://)? { $style ->
        [buttons] Anfonwch hi, neu pwyswch Hepgor.
       *[typed] Teipiwch hi, neu pwyswch Enter i hepgor.
    }
conversation-ask-update-welsh-title =
    Mae darllenwyr Cymraeg yn cael geiriau Cymraeg pan fyddwch chi'n eu rhoi. Beth yw'r teitl Cymraeg? { $style ->
        [buttons] Anfonwch e, neu pwyswch Hepgor i'w gadw yn Saesneg yn unig.
       *[typed] Teipiwch e, neu pwyswch Enter i'w gadw yn Saesneg yn unig.
    }
conversation-ask-update-welsh-body = A thestun Cymraeg y diweddariad?
conversation-ask-update-when =
    Dyma sut bydd yn edrych. Ei anfon nawr at bawb sydd wedi tanysgrifio i “{ $sprint }”, neu ei gadw i fod ar frig eu crynodeb nesaf?{ $style ->
        [buttons] {""}
       *[typed] {" "}Teipiwch rif, neu /cancel.
    }
conversation-update-when =
    { $when ->
        [now] 📣 Anfon nawr
       *[digest] 🗞 Ar frig y crynodeb nesaf
    }

## /audit: enw pob gweithred sy'n cael ei chofnodi ($action yw'r allwedd, $stored yr enw yn y log,
## a ddangosir am weithred nad yw'r fersiwn hon yn ei hadnabod).

audit-action =
    { $action ->
        [bigidea-create] creu
        [bigidea-stage] newid cam
        [challenge-create] ychwanegu
        [comment-respond] ymateb i
        [export] allforio
        [export-withheld] allforio, gydag eitemau a ddaliwyd yn ôl,
        [idea-merge] cyfuno
        [idea-stage] newid cam
        [import] mewnforio
        [member-ban] gwahardd
        [member-role] newid rôl
        [member-unban] codi'r gwaharddiad ar
        [review-approve] cymeradwyo
        [review-hide] cuddio
        [review-restore] adfer
        [sprint-create] creu
        [sprint-stage] newid cam
        [sprint-window] newid dyddiadau
        [sprint-target] gosod targed ymateb
        [theme-add] ychwanegu at thema:
        [theme-create] creu
        [web-sign-in] mewngofnodi i ddangosfwrdd y staff fel
        [outcome-set] gosod canlyniad
        [update-post] postio diweddariad tîm i
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = Cam: { $stage }
similar-heading =
    { $count ->
        [zero] Syniadau tebyg:
        [one] Syniad tebyg:
        [two] Syniadau tebyg:
        [few] Syniadau tebyg:
        [many] Syniadau tebyg:
       *[other] Syniadau tebyg:
    }
