### Beth aeth o'i le, a beth i'w wneud nesaf. Mae pobl yn darllen y rhain ar ffôn, yn aml ar
### egwyl: cadwch bob un yn fyr, yn glir ac yn garedig, gan ddweud bob tro sut i'w gywiro.
### Mae enwau gorchmynion (/support ac ati) a'u geiriau allweddol yn aros yn Saesneg.

## Camgymeriadau yn yr hyn a deipiwyd (UserError). Mae $field yn un o allweddi TextField.

error-text-empty =
    Mae angen { $field ->
        [title] teitl
        [body] manylion
        [comment] sylw
        [name] enw
        [reason] rheswm
        [description] disgrifiad
        [organisation] enw sefydliad
        [region] rhanbarth
       *[other] testun
    } — ysgrifennwch ychydig eiriau a rhowch gynnig arall arni.

error-text-too-long =
    { $field ->
        [title] Mae'r teitl
        [body] Mae'r manylion
        [comment] Mae eich sylw
        [name] Mae eich enw
        [reason] Mae'r rheswm
        [description] Mae'r disgrifiad
        [organisation] Mae enw'r sefydliad
        [region] Mae enw'r rhanbarth
       *[other] Mae'r testun
    } yn rhy hir: { $actual } nod, a'r uchafswm yw { $max }. Byrhewch y testun a rhowch gynnig arall arni.

error-text-control-characters =
    { $field ->
        [title] Mae'r teitl
        [body] Mae'r manylion
        [comment] Mae eich sylw
        [name] Mae eich enw
        [reason] Mae'r rheswm
        [description] Mae'r disgrifiad
        [organisation] Mae enw'r sefydliad
        [region] Mae enw'r rhanbarth
       *[other] Mae'r testun
    } yn cynnwys toriad llinell neu nod cudd na allwn ni ei ddefnyddio. Teipiwch y cyfan eto fel testun plaen.

## Cofrestru a chaniatâd

error-not-registered = Mae angen i chi gofrestru yn gyntaf — dim ond ychydig eiliadau mae'n ei gymryd. Anfonwch /start i ddechrau.
error-already-registered = Rydych chi eisoes wedi cofrestru, felly does dim angen gwneud dim byd arall. Anfonwch /help i weld beth allwch chi ei wneud.
error-consent-required = Dim ond os ydych chi'n cytuno i ni gadw eich manylion y gallwn ni eich cofrestru. Anfonwch /start pan fyddwch chi'n barod i roi eich caniatâd.
error-not-allowed =
    Mae'n ddrwg gennym, dim ond { $role ->
        [member] aelodau cofrestredig
        [champion] hyrwyddwyr
        [moderator] cymedrolwyr
       *[admin] gweinyddwyr
    } sy'n gallu gwneud hynny. Os ydych chi'n meddwl y dylech chi allu, gofynnwch i'ch rheolwr cymuned.
error-banned = Gallwch chi ddal i ddarllen popeth, ond allwch chi ddim postio, cefnogi syniadau na gwneud sylwadau ar hyn o bryd. Os ydych chi'n meddwl bod hyn yn gamgymeriad, cysylltwch â'ch rheolwr cymuned.

## Pethau nad oes modd dod o hyd iddyn nhw

error-sprint-not-found = Does dim sbrint rhif { $id } — gwiriwch y rhif gyda /sprints.
error-challenge-not-found = Does dim her rhif { $id } — gwiriwch y rhif gyda /challenges.
error-idea-not-found = Does dim syniad #{ $id } — gwiriwch y rhif gyda /ideas.
error-comment-not-found = Does dim sylw c{ $id } — agorwch y syniad gyda /show i weld ei sylwadau a'u rhifau.
error-theme-not-found = Does dim thema rhif { $id } — gwiriwch y rhif gyda /theme list.
error-big-idea-not-found = Does dim Syniad Mawr rhif { $id } — gwiriwch y rhif gyda /bigidea list.
error-member-not-found = Allwn ni ddim dod o hyd i'r aelod hwnnw — gwiriwch rif yr aelod a rhowch gynnig arall arni.

## Sbrintiau, cefnogaeth a sylwadau

error-sprint-not-open = Dydy sbrint { $id } ddim ar agor ar hyn o bryd, felly does dim modd ychwanegu syniadau na chefnogaeth newydd. Gallwch chi ddal i ddarllen syniadau a gwneud sylwadau arnyn nhw. Anfonwch /sprints i weld pa sbrint sydd ar agor.
error-no-open-sprint = Does dim sbrint ar agor ar hyn o bryd, felly does unman i bostio syniadau eto. Anfonwch /sprints i weld beth sydd i ddod.
error-already-supported = Rydych chi eisoes yn cefnogi syniad #{ $id } — diolch! I dynnu eich cefnogaeth yn ôl, anfonwch /unsupport { $id }.
error-not-supported = Dydych chi ddim yn cefnogi syniad #{ $id }, felly does dim i'w dynnu'n ôl. I'w gefnogi, anfonwch /support { $id }.
error-reply-too-deep = Gallwch chi ateb sylw, ond nid ateb i ateb. Atebwch y sylw gwreiddiol yn lle hynny.

## Cymedroli

error-merge-into-itself = Does dim modd cyfuno syniad ag ef ei hun — dewiswch ddau syniad gwahanol.
error-merge-across-sprints = Mae'r syniadau hyn mewn sbrintiau gwahanol, felly does dim modd eu cyfuno. Dim ond syniadau yn yr un sbrint y gellir eu cyfuno.
error-idea-merged = Mae syniad #{ $id } wedi'i gyfuno â syniad #{ $into }, sy'n debyg iawn, ac mae ei gefnogaeth wedi symud yno. Edrychwch arno gyda /show { $into }.
error-already-visible = Mae pawb yn gallu gweld hwn yn barod — does dim i'w gymeradwyo na'i adfer.
error-already-hidden = Mae hwn wedi'i guddio'n barod. I'w ddangos eto, defnyddiwch /restore.
error-window-backwards = Mae'r dyddiad cau cyn y dyddiad agor. Gwiriwch y dyddiadau (fel 2026-06-30) a rhowch gynnig arall arni.
error-link-code-invalid = Dydy'r cod hwnnw ddim yn gywir, neu mae wedi dod i ben. Anfonwch /link yn yr ap rydych chi'n ei ddefnyddio'n barod i gael cod newydd, yna anfonwch /link COD yma.
error-claim-code-invalid = Dydyn ni ddim yn adnabod y cod hawlio hwnnw. Gwiriwch ef gyda'r hyrwyddwr a gasglodd y syniad: mae ganddo chwe nod, yn llythrennau a rhifau, fel K7Q2XM.
error-update-link-invalid = Dydy'r ddolen honno ddim yn edrych fel cyfeiriad gwe. Rhowch y cyfeiriad cyfan, gan ddechrau gyda https://, heb fylchau.
error-already-claimed = Rydych chi eisoes yn gyd-awdur ar syniad #{ $id }.
error-already-linked = Mae'r cyfrif hwn eisoes wedi'i gysylltu â chi — does dim byd arall i'w wneud.
error-not-on-yourself = Allwch chi ddim gwneud hynny i'ch cyfrif eich hun — gofynnwch i gymedrolwr neu weinyddwr arall.
error-already-banned = Mae aelod { $member } eisoes wedi'i wahardd rhag postio.
error-not-banned = Dydy aelod { $member } ddim wedi'i wahardd, felly does dim i'w ddadwneud.
error-nothing-to-review = Does dim byd yn aros i gael ei adolygu — mae popeth wedi'i wirio. Diolch!
error-stage-unchanged = Mae hwn eisoes ar y cam hwnnw — does dim byd wedi newid.
error-pause-too-long =
    Gall saib bara { $max ->
        [zero] 0 diwrnod
        [one] 1 diwrnod
        [two] { $max } ddiwrnod
        [few] { $max } diwrnod
        [many] { $max } diwrnod
       *[other] { $max } diwrnod
    } ar y mwyaf.
error-target-out-of-range =
    Gall targed ymateb fod o 1 hyd at { $max ->
        [zero] 0 diwrnod gwaith
        [one] 1 diwrnod gwaith
        [two] { $max } ddiwrnod gwaith
        [few] { $max } diwrnod gwaith
        [many] { $max } diwrnod gwaith
       *[other] { $max } diwrnod gwaith
    }.
error-already-in-theme = Mae'r syniad hwnnw eisoes yn y thema hon.
error-challenge-in-other-sprint = Mae'r her honno'n perthyn i sbrint arall. Dewiswch her o'r sbrint hwn — mae /challenges yn eu rhestru.
error-theme-in-other-sprint = Mae'r thema honno'n perthyn i sbrint arall. Dim ond themâu o'u sbrint eu hunain y gall syniadau a Syniadau Mawr eu defnyddio — mae /theme list yn eu dangos.

## Gorchmynion nad oedd modd eu darllen (ParseError). Mae'r addasydd yn dangos sut i ddefnyddio'r
## gorchymyn wedyn.

parse-not-a-command = Mae gorchmynion yn dechrau gyda slaes, fel /help. I rannu syniad, anfonwch /idea.
parse-unknown-command = Mae'n ddrwg gen i, dydw i ddim yn adnabod /{ $command }. Anfonwch /help i weld y gorchmynion y gallwch chi eu defnyddio.
parse-missing-argument = Ar ôl /{ $command }, mae angen { parse-argument }.
parse-bad-value = Dydy “{ $value }” ddim yn gweithio yma: ar ôl /{ $command }, mae angen { parse-argument }.
parse-too-many-arguments = Mae mwy ar ôl /{ $command } nag y gall ei ddefnyddio. Gwiriwch y gorchymyn a rhowch gynnig arall arni.

# Beth ddylai ddilyn gorchymyn, a ddefnyddir yn y ddwy neges uchod (gyda'r un newidynnau).
parse-argument =
    { $argument ->
        [idea] rhif syniad, fel 12
        [comment] rhif sylw, fel c34
        [target] rhif syniad (fel 12) neu rif sylw (fel c34)
        [of] rhif syniad (fel 12) neu rif Syniad Mawr (fel b3)
        [outcome] canlyniad: under-consideration (yn cael ei ystyried), prototyping (prototeipio), testing (profi), adopted (wedi'i fabwysiadu), scaled-and-spread (wedi'i ehangu a'i ledaenu) neu not-taken-forward (heb ei ddatblygu ymhellach)
        [note] nodyn
        [into] rhif y syniad rydych chi am gyfuno ag ef
        [text]
            { $command ->
                [comment] eich sylw
                [reply] eich ateb
                [respond] eich ymateb
               *[other] ychydig o destun
            }
        [reason] rheswm
        [frequency] weekly (wythnosol), daily (dyddiol) neu off (dim crynodeb)
        [language] cod iaith: en, cy, pl, ro, pa, ur, pt neu ar
        [challenge] rhif her, neu off
        [days] nifer o ddiwrnodau, fel 7, neu off
        [zone] enw parth amser, fel Europe/London neu America/New_York, neu off
        [sprint] rhif sbrint
        [theme] rhif thema
        [themes] rhifau themâu gyda choma rhyngddyn nhw, fel 2,3
        [bigidea] rhif Syniad Mawr
        [member] rhif aelod
        [role] rôl: member (aelod), champion (hyrwyddwr), moderator (cymedrolwr) neu admin (gweinyddwr)
        [order] top (y mwyaf o gefnogaeth), new (y mwyaf newydd) neu mine (fy rhai i)
        [page] rhif tudalen
        [code] cod hawlio, fel K7Q2XM
        [session] enw'r sesiwn, fel Cyfarfod Ward 4, neu off
        [action]
            { $command ->
                [theme] y gair new, add neu list
                [bigidea] y gair new, stage neu list
                [stage] y gair sprint neu idea
                [challenge] y gair add
               *[other] y gair cywir ar ôl y gorchymyn
            }
        [stage] cam, fel testing (profi) neu scale and spread (ehangu a lledaenu)
        [opens] dyddiad agor, fel 2026-06-01
        [closes] dyddiad cau, fel 2026-06-30
        [title] teitl
        [format] csv neu json
        [when] now (ar unwaith) neu digest (ar frig y crynodeb nesaf)
        [welsh] teitl Cymraeg a thestun Cymraeg, y ddau, ar ôl y ddolen (gadewch y ddolen yn wag os nad oes un: Teitl | testun || teitl Cymraeg | testun Cymraeg)
       *[other] rhagor o wybodaeth
    }

## Mewnforio syniadau o sesiwn sgwrsio neu sesiwn gyswllt (un broblem i bob rhes; dangosir y
## llinell hefyd)

import-missing-column = Mae angen colofn o'r enw “{ $column }” yn y ffeil. Ychwanegwch hi at y rhes gyntaf a mewnforiwch y ffeil eto.
import-unreadable-row = Doedd dim modd darllen y rhes hon. Gwiriwch hi mewn taenlen (yn enwedig unrhyw ddyfynodau) a mewnforiwch y ffeil eto.
import-unknown-challenge = Dydy “{ $challenge }” ddim yn her yn y sbrint hwn. Defnyddiwch rif yr her neu ei hunion deitl — mae /challenges yn eu rhestru.
import-unknown-kind = Dydy “{ $kind }” ddim yn fath rydyn ni'n ei adnabod. Defnyddiwch idea (syniad), experience (profiad) neu good practice (arfer da) — neu gadewch y gell yn wag ar gyfer syniad.
error-web-not-configured = Dydy'r dangosfwrdd gwe ddim wedi'i osod yma eto: mae angen i bwy bynnag sy'n rhedeg y gwasanaeth roi ei gyfeiriad cyhoeddus i'r bwrdd (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = Mae'r ddolen fewngofnodi hon wedi'i defnyddio neu wedi dod i ben. Anfonwch /web at y bot yn eich sgwrs i gael un newydd.
error-outcome-needs-note = Cyn dweud nad yw syniad yn cael ei ddatblygu ymhellach, mae angen rheswm, er mwyn y bobl sydd y tu ôl iddo: ychwanegwch nodyn ar ôl y canlyniad.
