# Geiriau'r consol terfynell. Mae enwau gorchmynion (/support, /idea, ...) yn aros yn Saesneg ym
# mhob iaith: dyna beth mae pobl yn ei deipio.

## Cyfarch a chofrestru

console-welcome =
    Croeso i crowdsprint, { $name }! Rhannwch syniadau a phrofiadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw.
    Teipiwch /start i gofrestru (mae'n cymryd munud), neu /help i weld beth allwch chi ei wneud. Defnyddiwch /quit i adael.
console-reg-intro = Gadewch i ni eich cofrestru, er mwyn i ni wybod o ble mae syniadau'n dod. Teipiwch /cancel unrhyw bryd i stopio.
console-reg-ask-name = Beth ddylen ni eich galw chi? Pwyswch Enter i ddefnyddio "{ $name }".
console-reg-ask-describes = Pa un sy'n eich disgrifio chi orau? Teipiwch rif.
console-reg-ask-organisation = Gyda pha sefydliad ydych chi? (dewisol — pwyswch Enter i'w hepgor)
console-reg-ask-region = Ym mha ranbarth ydych chi? (dewisol — pwyswch Enter i'w hepgor)
console-reg-ask-language = Pa iaith hoffech chi? Teipiwch rif.
console-reg-ask-consent =
    Preifatrwydd: rydyn ni'n cadw eich enw, beth sy'n eich disgrifio chi a'r hyn rydych chi'n ei bostio, er mwyn rhedeg y sbrint hwn a dweud wrthych chi beth sy'n digwydd i syniadau. Gallwch chi lawrlwytho eich data gyda /mydata a'i ddileu gyda /forgetme unrhyw bryd.
    Ydych chi'n cytuno? Teipiwch ie neu na.
console-pick-a-number = Teipiwch un o'r rhifau a ddangosir, os gwelwch yn dda.

## Postio syniad

console-idea-offer = Hoffech chi bostio hynny fel syniad? (Os na, teipiwch /cancel.)
console-idea-ask-challenge = Pa her mae'n ei hateb? Teipiwch rif.
console-idea-title-suggested = Teitl: "{ $title }" — pwyswch Enter i'w gadw, neu teipiwch un gwell.
console-idea-ask-body = Dywedwch ragor wrthon ni: beth fyddech chi'n ei newid, a pham? (dewisol — pwyswch Enter i'w hepgor)
console-idea-ask-kind = Ai syniad, profiad neu arfer da yw hwn? Teipiwch rif, neu pwyswch Enter ar gyfer syniad.
console-idea-similar-ask = Teipiwch rif i gefnogi'r syniad hwnnw yn lle hynny, teipiwch postio i bostio'ch un chi beth bynnag, neu /cancel.
console-idea-posted = Diolch! Eich syniad yw #{ $id }. Rhannwch ef gyda /show { $id }; gall eraill ei gefnogi gyda /support { $id }.
console-idea-posted-held =
    Diolch — mae eich syniad wedi'i gadw fel #{ $id }, ond rydyn ni'n ei ddal yn ôl nes bydd rhywun o'r tîm wedi'i wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
    Mae hyn yn cadw cleifion a chydweithwyr yn ddiogel. Byddwch chi'n clywed cyn gynted ag y bydd wedi'i gyhoeddi; gallwch chi ei weld o hyd gyda /show { $id }.

## Tîm y sbrint

console-exported = Wedi allforio { $count } syniad i'r ffeil { $path }.
