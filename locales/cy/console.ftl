# Geiriau'r consol terfynell. Mae enwau gorchmynion (/support, /idea, ...) yn aros yn Saesneg ym
# mhob iaith: dyna beth mae pobl yn ei deipio.

## Cyfarch a chofrestru

console-welcome =
    Croeso i crowdsprint, { $name }! Rhannwch syniadau a phrofiadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw.
    Teipiwch /start i gofrestru (mae'n cymryd munud), neu /help i weld beth allwch chi ei wneud. Defnyddiwch /quit i adael.
console-welcome-back = Croeso'n ôl, { $name }. Teipiwch /ideas i weld y prif syniadau, /idea i rannu un, neu /help i weld popeth.
console-reg-intro = Gadewch i ni eich cofrestru, er mwyn i ni wybod o ble mae syniadau'n dod. Teipiwch /cancel unrhyw bryd i stopio.
console-reg-ask-name = Beth ddylen ni eich galw chi? Pwyswch Enter i ddefnyddio "{ $name }".
console-reg-ask-describes = Pa un sy'n eich disgrifio chi orau? Teipiwch rif.
console-reg-ask-organisation = Gyda pha sefydliad ydych chi? (dewisol — pwyswch Enter i'w hepgor)
console-reg-ask-region = Ym mha ranbarth ydych chi? (dewisol — pwyswch Enter i'w hepgor)
console-reg-ask-language = Pa iaith hoffech chi? Teipiwch rif.
console-reg-ask-consent =
    Preifatrwydd: rydyn ni'n cadw eich enw, beth sy'n eich disgrifio chi a'r hyn rydych chi'n ei bostio, er mwyn rhedeg y sbrint hwn a dweud wrthych chi beth sy'n digwydd i syniadau. Gallwch chi lawrlwytho eich data gyda /mydata a'i ddileu gyda /forgetme unrhyw bryd.
    Ydych chi'n cytuno? Teipiwch ie neu na.
console-reg-not-saved = Chafodd dim byd ei gadw. Teipiwch /start pryd bynnag y byddwch chi'n barod.
console-registered = Rydych chi wedi cofrestru, { $name }. Teipiwch /idea i rannu syniad, /ideas i weld beth mae eraill wedi'i awgrymu, neu /help i gael rhagor.
console-pick-a-number = Teipiwch un o'r rhifau a ddangosir, os gwelwch yn dda.
console-plain-unregistered = Diolch! I bostio hynny fel syniad, cofrestrwch yn gyntaf gyda /start — mae'n cymryd munud.

## Postio syniad

console-idea-offer = Hoffech chi bostio hynny fel syniad? (Os na, teipiwch /cancel.)
console-idea-intro = Syniad newydd ar gyfer "{ $sprint }".
console-idea-ask-challenge = Pa her mae'n ei hateb? Teipiwch rif.
console-idea-ask-title = Rhowch deitl byr i'ch syniad (hyd at 120 nod).
console-idea-title-suggested = Teitl: "{ $title }" — pwyswch Enter i'w gadw, neu teipiwch un gwell.
console-idea-ask-body = Dywedwch ragor wrthon ni: beth fyddech chi'n ei newid, a pham? (dewisol — pwyswch Enter i'w hepgor)
console-idea-ask-kind = Ai syniad, profiad neu arfer da yw hwn? Teipiwch rif, neu pwyswch Enter ar gyfer syniad.
console-idea-similar =
    { $count ->
        [one] Mae syniad tebyg yma'n barod:
        [two] Mae dau syniad tebyg yma'n barod:
       *[other] Mae { $count } syniad tebyg yma'n barod:
    }
console-idea-similar-ask = Teipiwch rif i gefnogi'r syniad hwnnw yn lle hynny, teipiwch postio i bostio'ch un chi beth bynnag, neu /cancel.
console-idea-posted = Diolch! Eich syniad yw #{ $id }. Rhannwch ef gyda /show { $id }; gall eraill ei gefnogi gyda /support { $id }.
console-idea-posted-held =
    Diolch — mae eich syniad wedi'i gadw fel #{ $id }, ond rydyn ni'n ei ddal yn ôl nes bydd rhywun o'r tîm wedi'i wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
    Mae hyn yn cadw cleifion a chydweithwyr yn ddiogel. Byddwch chi'n clywed cyn gynted ag y bydd wedi'i gyhoeddi; gallwch chi ei weld o hyd gyda /show { $id }.
console-supported =
    Rydych chi'n cefnogi syniad #{ $id }. { $supporters ->
        [zero] Does ganddo ddim cefnogwyr eto.
        [one] Mae ganddo { $supporters } cefnogwr.
        [two] Mae ganddo { $supporters } gefnogwr.
        [few] Mae ganddo { $supporters } chefnogwr.
        [many] Mae ganddo { $supporters } chefnogwr.
       *[other] Mae ganddo { $supporters } o gefnogwyr.
    }
console-unsupported =
    Dydych chi ddim yn cefnogi syniad #{ $id } mwyach. { $supporters ->
        [zero] Does ganddo ddim cefnogwyr ar hyn o bryd.
        [one] Mae ganddo { $supporters } cefnogwr.
        [two] Mae ganddo { $supporters } gefnogwr.
        [few] Mae ganddo { $supporters } chefnogwr.
        [many] Mae ganddo { $supporters } chefnogwr.
       *[other] Mae ganddo { $supporters } o gefnogwyr.
    }
console-commented = Diolch — mae eich sylw c{ $id } ar syniad #{ $idea }.
console-comment-held = Mae eich sylw c{ $id } wedi'i gadw, ond rydyn ni'n ei ddal yn ôl nes bydd rhywun wedi'i wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
console-following = Rydych chi'n dilyn syniad #{ $id }: byddwch chi'n clywed am ymatebion a chynnydd.
console-unfollowed = Rydych chi wedi stopio dilyn syniad #{ $id }.
console-subscribed = Crynodeb: { $frequency }.
console-language-current = Eich iaith yw { $language }. Dewiswch un o'r rhain: { $choices } — er enghraifft /language cy
console-language-set = Wedi newid eich iaith: { $language }.
console-link-code = Eich cod cysylltu yw { $code }. Teipiwch /link { $code } yn yr ap arall o fewn { $minutes } munud i gysylltu'r ddau gyfrif.
console-linked = Dyna ni — mae'r cyfrif hwn bellach wedi'i gysylltu â'ch proffil crowdsprint.
console-mydata-heading = Popeth rydyn ni'n ei gadw amdanoch chi:
console-forget-confirm = Mae hyn yn dileu eich enw a'ch cyfrifon. Bydd eich syniadau a'ch sylwadau'n aros, wedi'u dangos fel rhai gan "gyn-aelod". Teipiwch ie i ddileu, neu unrhyw beth arall i gadw eich cyfrif.
console-forgotten = Mae eich manylion wedi'u dileu. Diolch am gymryd rhan.
console-cancelled = Wedi canslo — does dim byd wedi newid.
console-nothing-to-cancel = Does dim byd i'w ganslo.

## Dangos syniadau a sbrintiau

console-idea-line =
    #{ $id } { $title } — { $supporters ->
        [zero] dim cefnogwyr
        [one] { $supporters } cefnogwr
        [two] { $supporters } gefnogwr
        [few] { $supporters } chefnogwr
        [many] { $supporters } chefnogwr
       *[other] { $supporters } o gefnogwyr
    }, { $comments ->
        [zero] dim sylwadau
        [one] { $comments } sylw
        [two] { $comments } sylw
       *[other] { $comments } o sylwadau
    }
console-no-ideas = Does dim syniadau yma eto. Byddwch chi'r cyntaf: teipiwch /idea.
console-page = Tudalen { $page } o { $pages }. Y dudalen nesaf: /ideas { $list } { $next }
console-idea-title = #{ $id } { $title }
console-idea-meta = { $kind } · { $challenge } · gan { $author } · { $date }
console-idea-held = Yn aros i gael ei wirio: efallai ei fod yn cynnwys { $reasons }.
console-idea-hidden = Wedi'i guddio gan y tîm: { $reason }
console-idea-merged = Wedi'i gyfuno â syniad #{ $into }.
console-idea-status =
    { $supporters ->
        [zero] dim cefnogwyr
        [one] { $supporters } cefnogwr
        [two] { $supporters } gefnogwr
        [few] { $supporters } chefnogwr
        [many] { $supporters } chefnogwr
       *[other] { $supporters } o gefnogwyr
    } · cam: { $stage }{ $supported ->
        [yes] {" "}· rydych chi'n cefnogi hwn
       *[no] {""}
    }{ $following ->
        [yes] {" "}· rydych chi'n ei ddilyn
       *[no] {""}
    }
console-idea-themes = Themâu: { $themes }
console-no-comments = Does dim sylwadau eto. Ychwanegwch un gyda /comment { $id } eich sylw
console-comments-heading = Sylwadau:
console-comment-line = c{ $id } { $author }: { $body }
console-response-line = c{ $id } ✔ Ymateb gan { $author }: { $body }
console-idea-actions = /support { $id } · /comment { $id } testun · /follow { $id }
console-sprint-title = Sbrint { $id }: { $title } ({ $stage })
console-sprint-open-until = Ar agor i syniadau o { $opens } tan { $closes }.
console-sprint-window = Yn rhedeg o { $opens } tan { $closes }; dydy e ddim yn derbyn syniadau newydd ar hyn o bryd.
console-sprint-line = Sbrint { $id }: { $title } — { $stage }, yn cau { $closes }
console-counts = Pobl: { $people } · Syniadau: { $ideas } · Pleidleisiau: { $votes } · Sylwadau: { $comments } · Rhyngweithiadau: { $interactions }
console-challenges-heading = Heriau:
console-no-challenges = Does dim heriau yn y sbrint hwn eto.

## Help

console-help-heading = Beth allwch chi ei wneud:
console-help-section = Ar gyfer rôl { $role }:
console-help-footer = Teipiwch /help ac enw gorchymyn i gael rhagor, e.e. /help support. Mae testun plaen yn troi'n syniad newydd.
console-usage = Defnydd: { $usage }

## Tîm y sbrint

console-review-heading = Yn aros i gael eu gwirio: { $ideas } syniad, { $comments } sylw.
console-review-comment = c{ $id } ar #{ $idea } "{ $title }" — { $author }: { $body }
console-review-actions = /approve { $target } · /hide { $target } rheswm · /respond { $target } testun
console-approved = Wedi cymeradwyo { $target }.
console-responded = Mae ymateb c{ $id } wedi'i bostio ar { $target }; bydd yr awdur yn cael gwybod.
console-hidden = Wedi cuddio { $target }; bydd yr awdur yn cael gwybod pam.
console-restored = Wedi adfer { $target }.
console-awaiting-heading =
    { $count ->
        [one] Mae { $count } sylw yn aros am ymateb:
        [two] Mae { $count } sylw yn aros am ymateb:
       *[other] Mae { $count } o sylwadau yn aros am ymateb:
    }
console-awaiting-line = c{ $id } ar #{ $idea } — { $author }: { $body }
console-awaiting-none = Mae ymateb i bob sylw. Diolch!
console-merged =
    Mae syniad #{ $from } wedi'i gyfuno â #{ $into }, sydd bellach â { $supporters ->
        [one] { $supporters } cefnogwr
        [two] { $supporters } gefnogwr
        [few] { $supporters } chefnogwr
        [many] { $supporters } chefnogwr
       *[other] { $supporters } o gefnogwyr
    }.
console-sprint-created = Mae sbrint { $id } "{ $title }" wedi'i greu fel drafft. Ychwanegwch heriau gyda /challenge add { $id } Teitl, yna agorwch ef gyda /stage sprint { $id } open.
console-challenge-added = Mae her { $id } "{ $title }" wedi'i hychwanegu.
console-idea-stage-set = Mae syniad #{ $id } wedi symud i'r cam: { $stage }.
console-theme-created = Mae thema { $id } "{ $name }" wedi'i chreu. Ychwanegwch syniadau gyda /theme add { $id } SYNIAD.
console-theme-added = Mae syniad #{ $idea } wedi'i ychwanegu at "{ $name }" ({ $count } syniad).
console-theme-line = Thema { $id }: { $name } — { $count } syniad
console-no-themes = Does dim themâu eto. Crëwch un gyda /theme new SBRINT Enw.
console-big-idea-created = Mae Syniad Mawr { $id } "{ $title }" wedi'i greu.
console-big-idea-stage-set =
    Mae Syniad Mawr { $id } wedi symud i'r cam: { $stage }; { $people ->
        [zero] does neb wedi cyfrannu ato eto.
        [one] bydd yr { $people } person a gyfrannodd yn cael gwybod.
       *[other] bydd y { $people } o bobl a gyfrannodd yn cael gwybod.
    }
console-big-idea-line = Syniad Mawr { $id }: { $title } — { $stage }
console-no-big-ideas = Does dim Syniadau Mawr eto.
console-banned = Mae aelod { $member } wedi'i wahardd: gall ddal i ddarllen, ond nid postio.
console-unbanned = Gall aelod { $member } bostio eto.
console-role-set = Mae gan { $name } (aelod { $member }) rôl newydd: { $role }.
console-exported = Wedi allforio { $count } syniad i'r ffeil { $path }.
console-audit-line = { $at } aelod { $member }: { $action } { $target }
console-internal-error = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni mewn munud. Os yw'n dal i ddigwydd, soniwch am y cyfeirnod { $reference }.
