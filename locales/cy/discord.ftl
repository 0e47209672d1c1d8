# Geiriau'r bot Discord: disgrifiadau'r gorchmynion a'r opsiynau (100 nod ar y mwyaf: terfyn
# Discord), teitlau a labeli ffurflenni (45 nod ar y mwyaf), a'r ychydig atebion sy'n wahanol i rai
# Telegram. Daw labeli botymau a'r rhan fwyaf o'r atebion o chat.ftl a core.ftl.
# Does gan Discord ddim Cymraeg ymhlith ei ieithoedd, felly mae dewisydd gorchmynion Discord yn
# dangos y disgrifiadau Saesneg; mae /help yn dangos y disgrifiadau Cymraeg isod i'r rhai sydd wedi
# dewis Cymraeg.

## Disgrifiadau gorchmynion (/help, a dewisydd gorchmynion Discord)

discord-describe-help = Gweld beth allwch chi ei wneud yma
discord-describe-register = Ymuno â crowdsprint: ffurflen fer, ac yna gallwch chi rannu a chefnogi syniadau
discord-describe-sprint = Gweld sbrint: ei ddyddiadau, ei ffigurau a'i heriau
discord-describe-sprints = Rhestru pob sbrint a'i gam
discord-describe-challenges = Gweld yr heriau y gallwch chi eu hateb
discord-describe-idea = Rhannu syniad, profiad neu arfer da
discord-describe-ideas = Pori syniadau: y mwyaf o gefnogaeth, y mwyaf newydd, neu'ch rhai chi
discord-describe-show = Agor un syniad gyda'i sylwadau
discord-describe-support = Cefnogi syniad
discord-describe-unsupport = Tynnu eich cefnogaeth i syniad yn ôl
discord-describe-comment = Gwneud sylw ar syniad
discord-describe-reply = Ateb sylw
discord-describe-follow = Clywed am sylwadau a newidiadau newydd ar syniad
discord-describe-unfollow = Stopio dilyn syniad
discord-describe-mute = Stopio pob hysbysiad am un syniad
discord-describe-unmute = Clywed am syniad eto
discord-describe-subscribe = Cael y crynodeb bob wythnos, bob dydd, neu ddim o gwbl
discord-describe-pause = Oedi hysbysiadau am ychydig ddyddiau (neu “off” i'w hailddechrau)
discord-describe-timezone = Eich parth amser ar gyfer crynodebau ac oriau tawel (neu “off”)
discord-describe-language = Dewis yr iaith rydw i'n ei defnyddio i'ch ateb
discord-describe-link = Cysylltu'r cyfrif hwn â'ch proffil crowdsprint mewn ap arall
discord-describe-outcomes = Beth ddaeth o'r syniadau: canlyniadau'r tîm
discord-describe-claim = Dod yn gyd-awdur ar syniad a gasglodd hyrwyddwr ar ran eich grŵp
discord-describe-updates = Diweddariadau tîm y sbrint, y mwyaf newydd yn gyntaf
discord-describe-mydata = Lawrlwytho popeth rydyn ni'n ei gadw amdanoch chi
discord-describe-forgetme = Dileu eich manylion
discord-describe-mod = Rhedeg y sbrint: adolygu, ymateb, cymedroli, allforio
discord-describe-mod-review = Gweld beth sy'n aros i gael ei adolygu
discord-describe-mod-approve = Cymeradwyo syniad (12) neu sylw (c12)
discord-describe-mod-respond = Ymateb ar ran tîm y sbrint
discord-describe-mod-hide = Cuddio syniad neu sylw, gan roi rheswm
discord-describe-mod-restore = Dangos syniad neu sylw cudd eto
discord-describe-mod-awaiting = Sylwadau sy'n dal i aros am ymateb
discord-describe-mod-stats = Ffigurau sbrint
discord-describe-mod-outcome = Cofnodi beth ddaeth o syniad neu Syniad Mawr
discord-describe-mod-update = Ysgrifennu at bobl y sbrint: nawr, neu ar frig y crynodeb nesaf
discord-describe-mod-web = Dolen i fewngofnodi i ddangosfwrdd y staff
discord-describe-mod-capture = Casglu syniadau ar ran grŵp; mae “off” yn dod â'r sesiwn i ben
discord-describe-mod-merge = Cyfuno un syniad ag un arall; mae ei gefnogwyr yn symud gydag ef
discord-describe-mod-theme = Themâu: “new SBRINT Enw | disgrifiad” neu “add THEMA SYNIAD”
discord-describe-mod-bigidea = Syniadau Mawr: “new SBRINT THEMÂU Teitl | disgrifiad” neu “stage RHIF CAM”
discord-describe-mod-stage = Symud sbrint neu syniad ymlaen: “sprint 3 theming” neu “idea 12 testing”
discord-describe-mod-sprint = Sbrintiau: “new AGOR CAU Teitl | disgrifiad” neu “window RHIF AGOR CAU”
discord-describe-mod-challenge = Ychwanegu her: “add SBRINT Teitl | disgrifiad”
discord-describe-mod-ban = Atal aelod rhag cymryd rhan
discord-describe-mod-unban = Gadael i aelod gymryd rhan eto
discord-describe-mod-export = Lawrlwytho syniadau sbrint fel CSV neu JSON
discord-describe-mod-audit = Y gweithredoedd cymedroli diweddaraf
discord-describe-mod-deliveries = Ciw'r hysbysiadau, a'r negeseuon na chawsant eu hanfon
discord-describe-mod-announce = Rhoi gwybod am syniadau newydd yn y sianel hon, neu mewn sianel neu fforwm arall (“off” i stopio)
discord-describe-mod-role = Rhoi rôl i aelod

## Disgrifiadau opsiynau

discord-option-command = Gorchymyn, i weld sut i'w ddefnyddio
discord-option-describes = Beth sy'n eich disgrifio chi orau
discord-option-sprint = Rhif y sbrint
discord-option-challenge = Yr her mae eich syniad yn ei hateb
discord-option-kind = Syniad, profiad neu arfer da
discord-option-list = Pa syniadau
discord-option-page = Rhif y dudalen
discord-option-idea = Rhif y syniad
discord-option-comment = Rhif y sylw
discord-option-text = Beth rydych chi eisiau ei ddweud
discord-option-frequency = Pa mor aml
discord-option-days = Nifer y diwrnodau, neu off
discord-option-zone = Parth amser fel Europe/London, neu off
discord-option-language = Iaith
discord-option-code = Y cod a gawsoch chi gan /link mewn ap arall
discord-option-claim_code = Y cod hawlio a roddodd yr hyrwyddwr i'ch grŵp
discord-option-session = Enw'r sesiwn (cyfarfod byr, rownd ward), neu “off” i'w gorffen
discord-option-target = Syniad (12) neu sylw (c12)
discord-option-reason = Pam: bydd yr awdur yn cael gwybod
discord-option-details = Gweddill y gorchymyn
discord-option-into = Y syniad i'w gyfuno ag ef
discord-option-member = Rhif yr aelod
discord-option-format = Fformat y ffeil
discord-option-role = Y rôl newydd
discord-option-of = Syniad (12) neu Syniad Mawr (b3)
discord-option-outcome = Beth ddaeth ohono
discord-option-when = Nawr, at bob tanysgrifiwr, neu yn y crynodeb nesaf
discord-option-table = Y syniadau (yn ddiofyn), diweddariadau'r tîm, neu'r amseroedd ymateb
discord-option-note = Nodyn cyhoeddus: pam, os nad yw'n cael ei ddatblygu ymhellach

## Ffurflenni

discord-form-register = Ymuno â crowdsprint
discord-form-name = Eich enw, fel y bydd eraill yn ei weld
discord-form-organisation = Sefydliad (dewisol)
discord-form-region = Rhanbarth (dewisol)
discord-form-idea = Rhannwch eich syniad
discord-form-idea-title = Teitl
discord-form-idea-body = Beth fyddech chi'n ei newid, a pham?
discord-form-comment = Sylw
discord-form-respond = Ymateb ar ran tîm y sbrint
discord-form-hide = Cuddio
discord-form-reason = Rheswm (bydd yr awdur yn cael gwybod)
discord-form-text = Eich geiriau
discord-form-update =
    { $when ->
        [now] Diweddariad y tîm: i'w anfon nawr
       *[digest] Diweddariad y tîm: yn y crynodeb nesaf
    }
discord-form-update-title = Teitl
discord-form-update-body = Y diweddariad
discord-form-update-link = Dolen i ragor (dewisol, https://…)
discord-form-update-welsh-title = Teitl Cymraeg (dewisol)
discord-form-update-welsh-body = Testun Cymraeg (gyda theitl Cymraeg)
discord-update-welsh-both = Rhowch y teitl Cymraeg a'r testun Cymraeg gyda'i gilydd, neu ddim un o'r ddau: chafodd dim byd ei anfon.

## Cardiau ac atebion

discord-field-challenge = Her
discord-field-kind = Math
discord-field-stage = Cam
discord-field-themes = Themâu
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (tîm y sbrint)
discord-no-comments = Does dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r un cyntaf.
discord-no-similar = Does dim syniadau tebyg hyd yma.
discord-help-staff = Ar gyfer tîm y sbrint:
discord-reg-intro = Croeso i crowdsprint! Rhannwch syniadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw.
discord-registered = Croeso, { $name }! Defnyddiwch /idea i rannu syniad, /ideas i weld beth mae eraill wedi'i ddweud, neu /help i weld popeth.
discord-use-register = Ar Discord, defnyddiwch /register i ymuno, yna /idea i rannu syniad.
discord-button-forget = Dileu fy manylion
discord-export-ready =
    Mae'r ffeil ynghlwm ({ $rows ->
        [zero] dim rhesi
        [one] 1 rhes
        [two] { $rows } res
        [few] { $rows } rhes
        [many] { $rows } rhes
       *[other] { $rows } o resi
    }).
discord-unsupported = Mae'n ddrwg gen i, alla i ddim gwneud hynny yma eto.
discord-not-registered = Mae angen i chi ymuno yn gyntaf — dim ond ychydig eiliadau mae'n ei gymryd. Defnyddiwch /register i ddechrau.

## Negeseuon mewn sianeli gweinydd (modd porth)
discord-offer-idea = 💡 Hoffech chi bostio hwn fel syniad, er mwyn i eraill ei gefnogi ac i dîm y sbrint ymateb iddo?
discord-offer-button = Postio fel syniad
discord-offer-pick = Pa her mae'n ei hateb?
discord-offer-not-yours = Dim ond y person a ysgrifennodd y neges honno sy'n gallu ei phostio fel syniad.
discord-forum-comment-held = mae'n edrych fel bod eich sylw'n cynnwys manylion personol (fel rhif GIG), felly rydyn ni wedi'i dynnu i lawr nes i gymedrolwr ei wirio. Postiwch ef eto hebddyn nhw, os gwelwch yn dda.
discord-option-channel = Y sianel neu'r fforwm i bostio syniadau newydd ynddo (y sianel hon os na ddewiswch chi un)
