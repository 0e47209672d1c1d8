# Geiriau'r bot Telegram ei hun: ei fotymau, a'r ychydig destunau sy'n wahanol i rai'r consol
# am fod gan Telegram fotymau lle mae gan y consol orchmynion i'w teipio. Daw popeth arall o
# console.ftl, core.ftl ac errors.ftl. Mae labeli botymau'n fyr: mae ffôn yn dangos tua 30 nod
# o fotwm llawn.

## Cardiau syniadau

telegram-button-support = 👍 Cefnogi · { $count }
telegram-button-supported = ✓ Yn cefnogi · { $count }
telegram-button-comment = 💬 Sylw
telegram-button-follow = 🔔 Dilyn
telegram-button-following = ✓ Yn dilyn
telegram-button-similar = 🔎 Syniadau tebyg
telegram-idea-stage = Cam: { $stage }
telegram-no-comments = Does dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r un cyntaf.

## Rhestrau o syniadau

telegram-list-heading =
    { $list ->
        [top] Y prif syniadau
        [new] Y syniadau diweddaraf
       *[mine] Eich syniadau chi
    } · tudalen { $page } o { $pages }
telegram-button-open = #{ $id } { $title }
telegram-button-previous = ◀
telegram-button-next = ▶
telegram-button-page = { $page }/{ $pages }

## Postio syniad

telegram-button-keep-title = ✓ Cadw'r teitl hwn
telegram-button-support-instead = 👍 #{ $id } { $title }
telegram-button-post-anyway = Postio fy un i beth bynnag
telegram-idea-similar-ask = Pwyswch ar syniad i'w gefnogi yn lle hynny, neu postiwch eich un chi beth bynnag.
telegram-button-cancel = ✖ Canslo

## Cofrestru

telegram-button-skip = Hepgor
telegram-button-consent-yes = ✓ Ydw, rwy'n cytuno
telegram-button-consent-no = Na, dim diolch

## Tîm y sbrint

telegram-button-approve = ✓ Cymeradwyo
telegram-button-hide = 🙈 Cuddio
telegram-button-respond = 💬 Ymateb
telegram-review-idea-meta = { $kind } · gan { $author } · { $date }

## Atebion i bwyso botymau (200 nod ar y mwyaf: mae Telegram yn eu dangos fel hysbysiad byr)

telegram-callback-stale = Mae'r botwm hwn yn dod o neges hŷn a dydy e ddim yn gweithio mwyach. Anfonwch y gorchymyn eto, os gwelwch yn dda.
telegram-callback-invalid = Mae'n ddrwg gennym, wnaeth y botwm hwnnw ddim gweithio. Anfonwch y gorchymyn eto, os gwelwch yn dda.

## Sgyrsiau (y bot ar waith)

telegram-reg-intro = Croeso i crowdsprint! Rhannwch syniadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw. Mae cofrestru'n cymryd munud; pwyswch ✖ Canslo unrhyw bryd i stopio.
telegram-reg-ask-name = Beth ddylen ni eich galw chi? Anfonwch enw, neu pwyswch y botwm i ddefnyddio “{ $name }”. Gallwch chi hefyd ddewis eich iaith yma.
telegram-button-use-name = ✓ { $name }
telegram-reg-ask-describes = Pa un sy'n eich disgrifio chi orau?
telegram-reg-ask-organisation = Gyda pha sefydliad ydych chi? Anfonwch ei enw, neu pwyswch Hepgor.
telegram-reg-ask-region = Ym mha ranbarth ydych chi? Anfonwch ef, neu pwyswch Hepgor.
telegram-reg-ask-consent =
    Preifatrwydd: rydyn ni'n cadw eich enw, beth sy'n eich disgrifio chi a'r hyn rydych chi'n ei bostio, er mwyn rhedeg y sbrint hwn a dweud wrthych chi beth sy'n digwydd i syniadau. Gallwch chi lawrlwytho eich data gyda /mydata a'i ddileu gyda /forgetme unrhyw bryd.
    Ydych chi'n cytuno?
telegram-use-buttons = Pwyswch un o'r botymau, neu anfonwch /cancel i stopio.
telegram-idea-offer = Hoffech chi bostio hynny fel syniad? Pwyswch her i fwrw ymlaen, neu ✖ Canslo.
telegram-idea-ask-challenge = Pa her mae eich syniad yn ei hateb?
telegram-idea-title-suggested = Teitl: “{ $title }”. Pwyswch i'w gadw, neu anfonwch un gwell (hyd at 120 nod).
telegram-idea-ask-body = Dywedwch fwy wrthon ni: beth fyddech chi'n ei newid, a pham? Anfonwch ef, neu pwyswch Hepgor.
telegram-idea-ask-kind = Ai syniad, profiad neu arfer da yw e?
telegram-idea-posted = Diolch! Eich syniad yw #{ $id }. Gall eraill ei gefnogi o'i gerdyn isod.
telegram-idea-posted-held =
    Diolch — mae eich syniad wedi'i gadw fel #{ $id }, ond rydyn ni'n ei ddal yn ôl nes bydd rhywun o'r tîm wedi'i wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
    Mae hyn yn cadw cleifion a chydweithwyr yn ddiogel. Byddwch chi'n clywed cyn gynted ag y bydd wedi'i gyhoeddi.
telegram-comment-ask = Anfonwch eich sylw ar syniad #{ $id }.
telegram-respond-ask = Anfonwch ymateb y tîm i { $target }. Bydd ei awdur yn cael gwybod.
telegram-hide-ask = Pam cuddio { $target }? Anfonwch reswm byr; bydd yr awdur yn ei weld.
telegram-forget-confirm = Mae hyn yn dileu eich enw a'ch cyfrifon. Mae eich syniadau a'ch sylwadau'n aros, wedi'u dangos fel rhai gan “gyn-aelod”. Ydych chi'n siŵr?
telegram-button-forget-yes = Ydw, dilëwch fi
telegram-text-only = Dim ond testun y galla i ei ddarllen ar hyn o bryd. Anfonwch eich syniad mewn geiriau, neu /help i weld beth gallwch chi ei wneud.
telegram-go-private = Gadewch i ni fwrw ymlaen mewn sgwrs breifat, fel nad yw'r grŵp yn cael ei foddi.
telegram-button-open-private = 💬 Agor sgwrs breifat
telegram-language-pick = Pa iaith hoffech chi?
telegram-exported =
    { $count ->
        [one] 1 syniad o sbrint { $sprint }.
       *[other] { $count } o syniadau o sbrint { $sprint }.
    }
telegram-similar-heading =
    { $count ->
        [one] Syniad tebyg:
       *[other] Syniadau tebyg:
    }
telegram-no-similar = Does dim syniadau tebyg eto.
