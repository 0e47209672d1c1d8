# Geiriau'r bot Telegram ei hun: yr ychydig destunau sy'n wahanol i rai'r consol am fod gan
# Telegram fotymau lle mae gan y consol orchmynion i'w teipio. Daw popeth arall o chat.ftl (a
# rennir gyda Discord), core.ftl ac errors.ftl. Mae labeli botymau'n fyr: mae ffôn
# yn dangos tua 30 nod o fotwm llawn.

## Cardiau syniadau

telegram-idea-stage = Cam: { $stage }
telegram-no-comments = Does dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r un cyntaf.

## Rhestrau o syniadau

telegram-button-page = { $page }/{ $pages }

## Postio syniad

telegram-button-keep-title = ✓ Cadw'r teitl hwn
telegram-button-cancel = ✖ Canslo

## Cofrestru

telegram-button-skip = Hepgor
telegram-button-consent-no = Na, dim diolch

## Sgyrsiau (y bot ar waith)

telegram-reg-intro = Croeso i crowdsprint! Rhannwch syniadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw. Mae cofrestru'n cymryd munud; pwyswch ✖ Canslo unrhyw bryd i stopio.
telegram-reg-ask-name = Beth ddylen ni eich galw chi? Anfonwch enw, neu pwyswch y botwm i ddefnyddio “{ $name }”. Gallwch chi hefyd ddewis eich iaith yma.
telegram-button-use-name = ✓ { $name }
telegram-reg-ask-describes = Pa un sy'n eich disgrifio chi orau?
telegram-reg-ask-organisation = Gyda pha sefydliad ydych chi? Anfonwch ei enw, neu pwyswch Hepgor.
telegram-reg-ask-region = Ym mha ranbarth ydych chi? Anfonwch ef, neu pwyswch Hepgor.
telegram-use-buttons = Pwyswch un o'r botymau, neu anfonwch /cancel i stopio.
telegram-idea-offer = Hoffech chi bostio hynny fel syniad? Pwyswch her i fwrw ymlaen, neu ✖ Canslo.
telegram-idea-ask-challenge = Pa her mae eich syniad yn ei hateb?
telegram-idea-title-suggested = Teitl: “{ $title }”. Pwyswch i'w gadw, neu anfonwch un gwell (hyd at 120 nod).
telegram-idea-ask-body = Dywedwch fwy wrthon ni: beth fyddech chi'n ei newid, a pham? Anfonwch ef, neu pwyswch Hepgor.
telegram-idea-ask-kind = Ai syniad, profiad neu arfer da yw e?
telegram-comment-ask = Anfonwch eich sylw ar syniad #{ $id }.
telegram-respond-ask = Anfonwch ymateb y tîm i { $target }. Bydd ei awdur yn cael gwybod.
telegram-hide-ask = Pam cuddio { $target }? Anfonwch reswm byr; bydd yr awdur yn ei weld.
telegram-forget-confirm = Mae hyn yn dileu eich enw a'ch cyfrifon. Mae eich syniadau a'ch sylwadau'n aros, wedi'u dangos fel rhai gan “gyn-aelod”. Ydych chi'n siŵr?
telegram-button-forget-yes = Ydw, dilëwch fi
telegram-text-only = Dim ond testun y galla i ei ddarllen ar hyn o bryd. Anfonwch eich syniad mewn geiriau, neu /help i weld beth gallwch chi ei wneud.
telegram-go-private = Gadewch i ni fwrw ymlaen mewn sgwrs breifat, fel nad yw'r grŵp yn cael ei foddi.
telegram-sent-privately = Rwyf wedi'ch ateb mewn sgwrs breifat: dim ond chi sy'n gallu ei weld.
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
