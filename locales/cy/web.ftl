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

## Pan nad oes modd dangos tudalen

web-not-found-heading = Heb ddod o hyd i'r dudalen
web-not-found = Does dim byd i'w ddarllen yma. Efallai ei fod wedi'i symud neu wedi'i gyfuno â syniad arall, neu nad yw'n gyhoeddus.
web-error-heading = Aeth rhywbeth o'i le
web-error = Mae'n ddrwg gennym, doedd dim modd dangos y dudalen hon. Rhowch gynnig arall arni ymhen munud. Os yw'n dal i ddigwydd, rhowch y cyfeirnod hwn i dîm y sbrint: { $reference }
