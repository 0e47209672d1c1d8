# Geiriau'r bwrdd gwe: y tudalennau cyhoeddus y gall unrhyw un eu darllen heb ymuno â sgwrs. Mae
# teitlau, camau, niferoedd a manylion y syniadau'n dod o core.ftl, fel yn y sgyrsiau.

web-site-name = crowdsprint
web-skip-link = Neidio i'r prif gynnwys
web-language = Iaith
web-footer = Syniadau gan y bobl sy'n darparu ac yn derbyn gofal, wedi'u cyhoeddi gan eu hawduron. Ymunwch â sbrint ar Telegram neu Discord i bostio, cefnogi a gwneud sylwadau.
web-breadcrumbs = Ble rydych chi

## Y rhestr o sbrintiau

web-sprints-heading = Sbrintiau
web-sprints-intro = Mae pob sbrint yn gofyn ychydig o gwestiynau, sef heriau. Darllenwch beth mae pobl wedi'i awgrymu a sut mae tîm y sbrint wedi ymateb.
web-no-sprints = Does dim sbrintiau i'w darllen eto.

## Sbrint

web-challenges-heading = Heriau
web-themes-heading = Themâu
web-big-ideas-heading = Syniadau Mawr
web-updates-heading = Gan dîm y sbrint
web-theme-ideas =
    { $count ->
        [zero] dim syniadau
        [one] 1 syniad
        [two] { $count } syniad
        [few] { $count } syniad
        [many] { $count } syniad
       *[other] { $count } o syniadau
    }
web-all-sprints = Pob sbrint

## Her

web-order-top = Y mwyaf o gefnogaeth
web-order-new = Y diweddaraf
web-order-label = Trefn y syniadau
web-no-ideas = Does dim syniadau wedi'u cyhoeddi yn yr her hon eto.
web-page = Tudalen { $page } o { $pages }
web-previous = Tudalen flaenorol
web-next = Tudalen nesaf
web-pages = Tudalennau

## Syniad

web-supporters =
    { $count ->
        [zero] dim cefnogwyr
        [one] 1 cefnogwr
        [two] { $count } gefnogwr
        [few] { $count } chefnogwr
        [many] { $count } chefnogwr
       *[other] { $count } o gefnogwyr
    }
web-comment-count =
    { $count ->
        [zero] dim sylwadau
        [one] 1 sylw
        [two] { $count } sylw
        [few] { $count } sylw
        [many] { $count } sylw
       *[other] { $count } o sylwadau
    }
web-comments-heading = Sylwadau ac ymatebion
web-no-comments = Does dim sylwadau eto.
web-response = Ymateb gan dîm y sbrint
web-stage = Cam: { $stage }
web-themes = Themâu: { $themes }
web-outcome-heading = Beth ddaeth ohono

## Pan nad oes modd dangos tudalen

web-not-found-heading = Heb ddod o hyd i'r dudalen
web-not-found = Does dim byd i'w ddarllen yma. Efallai ei fod wedi'i symud neu wedi'i gyfuno â syniad arall, neu nad yw'n gyhoeddus.
web-error-heading = Aeth rhywbeth o'i le
web-error = Mae'n ddrwg gennym, doedd dim modd dangos y dudalen hon. Rhowch gynnig arall arni ymhen munud. Os yw'n dal i ddigwydd, rhowch y cyfeirnod hwn i dîm y sbrint: { $reference }

## Dangosfwrdd y staff (/staff): hyrwyddwyr, cymedrolwyr a gweinyddwyr, wedi mewngofnodi gyda /web

web-sign-in-heading = Mewngofnodi i ddangosfwrdd y staff
web-sign-in-intro = Eich dolen chi yw hon, ac mae'n gweithio unwaith yn unig. Pwyswch y botwm i fewngofnodi ar y ddyfais hon. Byddwch chi'n aros wedi mewngofnodi am { $hours } awr.
web-sign-in-button = Mewngofnodi
web-signed-out-heading = Rydych chi wedi allgofnodi
web-signed-out = I ddefnyddio dangosfwrdd y staff, anfonwch /web at y bot yn eich sgwrs. Bydd yn anfon dolen fewngofnodi atoch chi sy'n gweithio unwaith yn unig, am { $minutes } munud.
web-staff-heading = Dangosfwrdd y staff
web-staff-signed-in = Wedi mewngofnodi fel { $role }
web-staff-sign-out = Allgofnodi
web-staff-sprint = Sbrint
web-staff-show = Dangos
web-staff-review-heading = Yn aros i gael eu hadolygu
web-staff-awaiting-heading = Yn aros am ymateb
web-staff-awaiting-count =
    { $count ->
        [zero] Does dim sylwadau'n aros am ymateb gan y tîm.
        [one] Mae 1 sylw yn aros am ymateb gan y tîm.
        [two] Mae { $count } sylw yn aros am ymateb gan y tîm.
        [few] Mae { $count } sylw yn aros am ymateb gan y tîm.
        [many] Mae { $count } sylw yn aros am ymateb gan y tîm.
       *[other] Mae { $count } o sylwadau yn aros am ymateb gan y tîm.
    }
web-staff-idea = Syniad #{ $id }: { $title }
web-staff-comment = Sylw c{ $id } ar “{ $title }”
web-staff-waiting = { $author } · yn aros ers { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [zero] llai na munud
            [one] 1 munud
            [two] { $count } funud
            [few] { $count } munud
            [many] { $count } munud
           *[other] { $count } munud
        }
        [hours] { $count ->
            [zero] llai nag awr
            [one] 1 awr
            [two] { $count } awr
            [few] { $count } awr
            [many] { $count } awr
           *[other] { $count } awr
        }
       *[days] { $count ->
            [zero] llai na diwrnod
            [one] 1 diwrnod
            [two] { $count } ddiwrnod
            [few] { $count } diwrnod
            [many] { $count } diwrnod
           *[other] { $count } diwrnod
        }
    }
web-staff-held = Wedi'i ddal yn ôl: gallai gynnwys manylion personol
web-staff-approve = Cymeradwyo
web-staff-hide = Cuddio
web-staff-hide-reason = Rheswm dros guddio (bydd yr awdur yn cael gwybod)
web-staff-respond = Ymateb
web-staff-response = Eich ymateb (bydd yn ymddangos yn gyhoeddus fel ymateb tîm y sbrint)
web-staff-done =
    { $action ->
        [approve] Wedi cymeradwyo { $target }.
        [hide] Wedi cuddio { $target }. Bydd yr awdur yn cael gwybod pam.
       *[respond] Mae eich ymateb i { $target } wedi'i gadw. Bydd yr awdur yn cael gwybod pan fydd wedi'i gyhoeddi.
    }
web-staff-failed-heading = Doedd dim modd gwneud hynny
web-staff-stale-form = Mae'r ffurflen hon wedi dod i ben. Ewch yn ôl i'r dangosfwrdd, ail-lwythwch y dudalen a rhowch gynnig arall arni.
web-staff-unknown-target = Dydyn ni ddim yn adnabod syniad na sylw o'r fath.
web-staff-charts-heading = Siartiau
web-chart-activity = Cymryd rhan dros amser
web-chart-challenges = Syniadau a chefnogwyr ym mhob her
web-chart-described = Pwy gymerodd ran
web-chart-responses = Amser hyd at yr ymateb cyntaf
web-chart-data = Y ffigurau y tu ôl i'r siart hwn
web-chart-day = Diwrnod
web-chart-ideas = Syniadau
web-chart-comments = Sylwadau
web-chart-votes = Cefnogaeth
web-chart-supporters = Cefnogwyr
web-chart-people = Pobl
web-chart-challenge = Her
web-chart-describes = Yn disgrifio'i hun fel
web-chart-wait = Amser aros
web-chart-answered = Sylwadau a gafodd ymateb
web-wait-band =
    { $band ->
        [day] O fewn diwrnod
        [two-days] 1 i 2 ddiwrnod
        [five-days] 2 i 5 diwrnod
        [ten-days] 5 i 10 diwrnod
       *[more] Dros 10 diwrnod
    }
web-staff-downloads = Lawrlwytho
web-staff-download =
    { $table ->
        [updates] Diweddariadau'r tîm
        [responses] Pa mor hir mae pob sylw wedi aros am ymateb
       *[ideas] Syniadau a sylwadau'r sbrint
    } ({ $format ->
        [csv] CSV, ar gyfer taenlenni
       *[json] JSON
    })

## Cymryd rhan o'r bwrdd

web-join-telegram = Cefnogwch y syniad neu gwnewch sylw arno ar Telegram
