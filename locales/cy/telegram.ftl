# Geiriau'r bot Telegram ei hun: yr ychydig destunau sy'n wahanol i rai'r consol am fod gan
# Telegram fotymau lle mae gan y consol orchmynion i'w teipio. Daw popeth arall o chat.ftl (a
# rennir gyda Discord), core.ftl ac errors.ftl. Mae labeli botymau'n fyr: mae ffôn
# yn dangos tua 30 nod o fotwm llawn.

## Cardiau syniadau


## Rhestrau o syniadau

telegram-button-page = { $page }/{ $pages }

## Postio syniad


## Cofrestru


## Sgyrsiau (y bot ar waith)

telegram-text-only = Dim ond testun y galla i ei ddarllen ar hyn o bryd. Anfonwch eich syniad mewn geiriau, neu /help i weld beth allwch chi ei wneud.
telegram-go-private = Beth am i ni barhau mewn sgwrs breifat, fel nad yw'r grŵp yn cael gormod o negeseuon?
telegram-sent-privately = Rydw i wedi'ch ateb chi mewn sgwrs breifat: dim ond chi sy'n gallu ei gweld.
telegram-button-open-private = 💬 Agor sgwrs breifat
telegram-language-pick = Pa iaith hoffech chi?
telegram-exported =
    { $table ->
        [updates] Diweddariadau'r tîm o sbrint { $sprint }: { $count }.
        [responses] Sylwadau sy'n aros am ymateb neu wedi cael ymateb yn sbrint { $sprint }: { $count }.
       *[ideas] { $count ->
            [zero] Dim syniadau o sbrint { $sprint }.
            [one] 1 syniad o sbrint { $sprint }.
            [two] { $count } syniad o sbrint { $sprint }.
            [few] { $count } syniad o sbrint { $sprint }.
            [many] { $count } syniad o sbrint { $sprint }.
           *[other] { $count } o syniadau o sbrint { $sprint }.
        }
    }
telegram-no-similar = Does dim syniadau tebyg eto.
