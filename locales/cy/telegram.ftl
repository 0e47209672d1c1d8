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

## Terfynau cyflymder. Mae $kind yn idea neu vote; mae $unit yn seconds neu minutes.

telegram-slow-down =
    { $kind ->
        [idea] Rydych chi wedi rhannu llawer o syniadau mewn amser byr — diolch!
       *[vote] Dyna lawer o bleidleisiau mewn amser byr.
    } Rhowch gynnig arall arni ymhen { $count } { $unit ->
        [minutes] munud
       *[seconds] eiliad
    }, os gwelwch yn dda.
