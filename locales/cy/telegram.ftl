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


## Cofrestru


## Sgyrsiau (y bot ar waith)

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
