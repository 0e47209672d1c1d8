# Geiriau mae'r botiau sgwrsio'n eu rhannu (Telegram a Discord): y botymau ar gardiau syniadau,
# rhestrau a'r ciw adolygu, a'r testunau sy'n mynd gyda'u pwyso. Mae labeli botymau'n fyr: mae
# ffôn yn dangos tua 30 nod o fotwm llawn.

## Cardiau syniadau

chat-button-support = 👍 Cefnogi · { $count }
chat-button-supported = ✓ Yn cefnogi · { $count }
chat-button-comment = 💬 Sylw
chat-button-follow = 🔔 Dilyn
chat-button-following = ✓ Yn dilyn
chat-button-similar = 🔎 Syniadau tebyg
chat-button-web = 🌐 Agor ar y we

## Rhestrau o syniadau

chat-list-heading =
    { $list ->
        [top] Y prif syniadau
        [new] Y syniadau diweddaraf
       *[mine] Eich syniadau chi
    } · tudalen { $page } o { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Postio syniad

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = Postio fy un i beth bynnag
chat-idea-similar-ask = Pwyswch syniad i'w gefnogi yn lle hynny, neu postiwch eich syniad chi beth bynnag.

## Cofrestru

chat-button-consent-yes = ✓ Ydw, rwy'n cytuno

## Tîm y sbrint

chat-button-approve = ✓ Cymeradwyo
chat-button-hide = 🙈 Cuddio
chat-button-respond = 💬 Ymateb
chat-review-idea-meta = { $kind } · awdur: { $author } · { $date }

## Atebion i bwyso botymau (200 nod ar y mwyaf: mae Telegram yn eu dangos fel hysbysiad byr)

chat-callback-stale = Mae'r botwm hwn yn dod o neges hŷn a dydy e ddim yn gweithio mwyach. Anfonwch y gorchymyn eto, os gwelwch yn dda.
chat-callback-invalid = Mae'n ddrwg gennym, wnaeth y botwm hwnnw ddim gweithio. Anfonwch y gorchymyn eto, os gwelwch yn dda.

## Sgyrsiau (y bot ar waith)

chat-reg-ask-consent =
    Preifatrwydd: rydyn ni'n cadw eich enw, beth sy'n eich disgrifio chi a'r hyn rydych chi'n ei bostio, er mwyn rhedeg y sbrint hwn a dweud wrthych chi beth sy'n digwydd i syniadau. Gallwch chi lawrlwytho eich data gyda /mydata a'i ddileu gyda /forgetme unrhyw bryd.
    Ydych chi'n cytuno?
chat-idea-posted = Diolch! Eich syniad yw #{ $id }. Gall eraill ei gefnogi o'i gerdyn isod.
chat-idea-posted-held =
    Diolch — mae eich syniad wedi'i gadw fel #{ $id }, ond rydyn ni'n ei ddal yn ôl nes i rywun o'r tîm ei wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
    Mae hyn yn cadw cleifion a chydweithwyr yn ddiogel. Byddwch chi'n clywed cyn gynted ag y bydd wedi'i gyhoeddi.
chat-withdrawn = Mae tîm y sbrint wedi tynnu'r syniad hwn yn ôl.
chat-card-more = … y gweddill, gyda phob sylw: /show { $id } mewn sgwrs breifat gyda mi.
chat-no-comments = Does dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r un cyntaf.
