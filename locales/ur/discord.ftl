# The Discord bot's own words: command and option descriptions (at most 100 characters: Discord's
# limit), form titles and labels (at most 45), and the few answers that differ from Telegram's.
# Button labels and most answers are shared with chat.ftl and core.ftl.

## Command descriptions, shown in Discord's command picker

discord-describe-help = یہاں آپ کیا کر سکتے ہیں، یہ دیکھیں
discord-describe-register = crowdsprint میں شامل ہوں: ایک مختصر فارم، پھر آپ تجاویز پیش کر سکتے ہیں اور ان کی حمایت کر سکتے ہیں
discord-describe-sprint = کوئی اسپرنٹ دیکھیں: اس کی تاریخیں، اعداد و شمار اور چیلنج
discord-describe-sprints = تمام اسپرنٹ اور ان کے مراحل کی فہرست
discord-describe-challenges = وہ چیلنج دیکھیں جن کے لیے آپ تجاویز پیش کر سکتے ہیں
discord-describe-idea = کوئی تجویز، تجربہ یا اچھا طریقۂ کار پیش کریں
discord-describe-ideas = تجاویز دیکھیں: سرِفہرست، نئی ترین، یا آپ کی اپنی
discord-describe-show = کوئی ایک تجویز اس کے تبصروں سمیت کھولیں
discord-describe-support = کسی تجویز کی حمایت کریں
discord-describe-unsupport = کسی تجویز سے اپنی حمایت واپس لیں
discord-describe-comment = کسی تجویز پر تبصرہ کریں
discord-describe-reply = کسی تبصرے پر جوابی تبصرہ کریں
discord-describe-follow = کسی تجویز پر نئے تبصروں اور تبدیلیوں کی اطلاع پائیں
discord-describe-unfollow = کسی تجویز کو فالو کرنا بند کریں
discord-describe-mute = کسی ایک تجویز کے بارے میں تمام اطلاعات بند کریں
discord-describe-unmute = کسی تجویز کے بارے میں دوبارہ اطلاعات پائیں
discord-describe-subscribe = خلاصہ ہفتہ وار یا روزانہ پائیں، یا بالکل نہیں
discord-describe-pause = کچھ دنوں کے لیے اطلاعات موقوف کریں (دوبارہ شروع کرنے کے لیے "off")
discord-describe-timezone = خلاصوں اور خاموش اوقات کے لیے آپ کا ٹائم زون (یا "off")
discord-describe-language = منتخب کریں کہ میں آپ کو کس زبان میں جواب دوں
discord-describe-link = اس اکاؤنٹ کو کسی اور جگہ موجود اپنے crowdsprint پروفائل سے منسلک کریں
discord-describe-outcomes = تجاویز کا کیا بنا: ٹیم کے درج کردہ نتائج
discord-describe-claim = کسی چیمپیئن کی طرف سے آپ کے گروپ کے لیے درج کی گئی تجویز کے شریک مصنف بنیں
discord-describe-updates = اسپرنٹ ٹیم کی اپ ڈیٹس، سب سے نئی پہلے
discord-describe-mydata = آپ کے بارے میں ہمارے پاس محفوظ تمام معلومات ڈاؤن لوڈ کریں
discord-describe-forgetme = اپنی تفصیلات مٹا دیں
discord-describe-mod = اسپرنٹ چلائیں: جائزہ، جواب، ماڈریشن، برآمد
discord-describe-mod-review = دیکھیں کہ جائزے کے لیے کیا منتظر ہے
discord-describe-mod-approve = کوئی تجویز (12) یا تبصرہ (c12) منظور کریں
discord-describe-mod-respond = اسپرنٹ ٹیم کی طرف سے جواب دیں
discord-describe-mod-hide = کوئی تجویز یا تبصرہ وجہ بتا کر چھپائیں
discord-describe-mod-restore = چھپائی گئی تجویز یا تبصرہ دوبارہ دکھائیں
discord-describe-mod-awaiting = وہ تبصرے جو ابھی جواب کے منتظر ہیں
discord-describe-mod-stats = کسی اسپرنٹ کے اعداد و شمار
discord-describe-mod-outcome = درج کریں کہ کسی تجویز یا بڑی تجویز کا کیا بنا
discord-describe-mod-update = اسپرنٹ کے لوگوں کو لکھیں: ابھی، یا اگلے خلاصے کے شروع میں
discord-describe-mod-web = اسٹاف ڈیش بورڈ میں سائن ان کرنے کا لنک
discord-describe-mod-capture = کسی گروپ کی طرف سے تجاویز درج کریں؛ "off" سے سیشن ختم ہوتا ہے
discord-describe-mod-merge = ایک تجویز کو دوسری میں ضم کریں؛ اس کے حمایتی ساتھ منتقل ہو جاتے ہیں
discord-describe-mod-theme = موضوعات: "new SPRINT نام | تفصیل" یا "add THEME IDEA"
discord-describe-mod-bigidea = بڑی تجاویز: "new SPRINT THEMES عنوان | تفصیل" یا "stage ID STAGE"
discord-describe-mod-stage = اسپرنٹ یا تجویز کو آگے بڑھائیں: "sprint 3 theming" یا "idea 12 testing"
discord-describe-mod-sprint = اسپرنٹ: "new OPENS CLOSES عنوان | تفصیل" یا "window ID OPENS CLOSES"
discord-describe-mod-challenge = چیلنج شامل کریں: "add SPRINT عنوان | تفصیل"
discord-describe-mod-ban = کسی رکن کو حصہ لینے سے روکیں
discord-describe-mod-unban = کسی رکن کو دوبارہ حصہ لینے دیں
discord-describe-mod-export = کسی اسپرنٹ کی تجاویز CSV یا JSON میں ڈاؤن لوڈ کریں
discord-describe-mod-audit = ماڈریشن کی تازہ ترین کارروائیاں
discord-describe-mod-deliveries = اطلاعات کی قطار، اور وہ اطلاعات جو نہیں پہنچ سکیں
discord-describe-mod-announce = اس چینل میں، یا کسی اور چینل یا فورم میں نئی تجاویز کا اعلان کریں (بند کرنے کے لیے "off")
discord-describe-mod-role = کسی رکن کو کردار دیں

## Option descriptions

discord-option-command = کوئی کمانڈ، اس کا طریقۂ استعمال دیکھنے کے لیے
discord-option-describes = آپ کے بارے میں سب سے موزوں بیان
discord-option-sprint = اسپرنٹ کا نمبر
discord-option-challenge = وہ چیلنج جس سے آپ کی تجویز متعلق ہے
discord-option-kind = تجویز، تجربہ یا اچھا طریقۂ کار
discord-option-list = کون سی تجاویز
discord-option-page = صفحے کا نمبر
discord-option-idea = تجویز کا نمبر
discord-option-comment = تبصرے کا نمبر
discord-option-text = آپ کیا کہنا چاہتے ہیں
discord-option-frequency = کتنی بار
discord-option-days = دنوں کی تعداد، یا off
discord-option-zone = ٹائم زون، جیسے Europe/London، یا off
discord-option-language = زبان
discord-option-code = وہ کوڈ جو /link نے آپ کو دوسری جگہ دیا
discord-option-claim_code = وہ کلیم کوڈ جو چیمپیئن نے آپ کے گروپ کو دیا
discord-option-session = سیشن کا نام (ٹیم میٹنگ، وارڈ راؤنڈ)، یا ختم کرنے کے لیے "off"
discord-option-target = کوئی تجویز (12) یا تبصرہ (c12)
discord-option-reason = وجہ: لکھنے والے کو بتائی جائے گی
discord-option-details = کمانڈ کا باقی حصہ
discord-option-into = وہ تجویز جس میں اسے ضم کیا جائے
discord-option-member = رکن کا نمبر
discord-option-format = فائل کی قسم
discord-option-role = نیا کردار
discord-option-of = کوئی تجویز (12) یا بڑی تجویز (b3)
discord-option-outcome = اس کا کیا بنا
discord-option-when = ابھی، ہر سبسکرائبر کو، یا اگلے خلاصے میں
discord-option-table = تجاویز (طے شدہ)، ٹیم کی اپ ڈیٹس، یا جواب میں لگنے والا وقت
discord-option-note = عوامی نوٹ: اگر اسے آگے نہیں بڑھایا جا رہا تو کیوں

## Forms

discord-form-register = crowdsprint میں شامل ہوں
discord-form-name = آپ کا نام، جیسا دوسروں کو نظر آئے گا
discord-form-organisation = ادارہ (اختیاری)
discord-form-region = علاقہ (اختیاری)
discord-form-idea = اپنی تجویز پیش کریں
discord-form-idea-title = عنوان
discord-form-idea-body = مزید بتائیں: آپ کیا بدلیں گے، اور کیوں؟
discord-form-comment = تبصرہ
discord-form-respond = اسپرنٹ ٹیم کی طرف سے جواب دیں
discord-form-hide = چھپائیں
discord-form-reason = وجہ (لکھنے والے کو بتائی جائے گی)
discord-form-text = آپ کے الفاظ
discord-form-update =
    { $when ->
        [now] ٹیم کی اپ ڈیٹ: ابھی بھیجی جائے گی
       *[digest] ٹیم کی اپ ڈیٹ: اگلے خلاصے میں
    }
discord-form-update-title = عنوان
discord-form-update-body = اپ ڈیٹ
discord-form-update-link = مزید معلومات کا لنک (اختیاری، https://…)
discord-form-update-welsh-title = ویلش عنوان (اختیاری)
discord-form-update-welsh-body = ویلش متن (ویلش عنوان کے ساتھ)
discord-update-welsh-both = ویلش عنوان اور ویلش متن دونوں ایک ساتھ دیں، یا دونوں میں سے کوئی بھی نہیں: کچھ نہیں بھیجا گیا۔

## Cards and answers

discord-field-challenge = چیلنج
discord-field-kind = قسم
discord-field-stage = مرحلہ
discord-field-themes = موضوعات
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (اسپرنٹ ٹیم)
discord-no-comments = ابھی کوئی تبصرہ نہیں۔ پہلا تبصرہ کرنے کے لیے 💬 تبصرہ دبائیں۔
discord-no-similar = اب تک کوئی ملتی جلتی تجویز نہیں۔
discord-help-staff = اسپرنٹ ٹیم کے لیے:
discord-reg-intro = crowdsprint میں خوش آمدید! ایسی تجاویز پیش کریں جن سے دیکھ بھال بہتر ہو سکے، جن تجاویز سے آپ متفق ہوں ان کی حمایت کریں، اور جانیں کہ ان کا کیا بنا۔
discord-registered = خوش آمدید، { $name }! تجویز پیش کرنے کے لیے /idea، دوسروں کی تجاویز دیکھنے کے لیے /ideas، یا سب کچھ جاننے کے لیے /help استعمال کریں۔
discord-use-register = ڈسکارڈ پر شامل ہونے کے لیے /register اور تجویز پیش کرنے کے لیے /idea استعمال کریں۔
discord-button-forget = میری تفصیلات مٹا دیں
discord-export-ready = قطاریں: { $rows }، فائل منسلک ہے۔
discord-unsupported = معذرت، میں ابھی یہاں یہ کام نہیں کر سکتا۔
discord-not-registered = پہلے آپ کو شامل ہونا ہوگا — اس میں صرف چند سیکنڈ لگتے ہیں۔ شروع کرنے کے لیے /register استعمال کریں۔

## Messages in server channels (gateway mode)
discord-offer-idea = 💡 کیا آپ اسے تجویز کے طور پر پوسٹ کرنا چاہیں گے، تاکہ دوسرے اس کی حمایت کر سکیں اور اسپرنٹ ٹیم اس کا جواب دے سکے؟
discord-offer-button = تجویز کے طور پر پوسٹ کریں
discord-offer-pick = یہ کس چیلنج کے لیے ہے؟
discord-offer-not-yours = اسے تجویز کے طور پر صرف وہی شخص پوسٹ کر سکتا ہے جس نے یہ پیغام لکھا تھا۔
discord-forum-comment-held = لگتا ہے آپ کے تبصرے میں ذاتی تفصیلات (جیسے NHS نمبر) ہیں، اس لیے جب تک کوئی ماڈریٹر اس کا جائزہ نہ لے لے، اسے ہٹا دیا گیا ہے۔ براہ کرم یہ تفصیلات نکال کر اسے دوبارہ پوسٹ کریں۔
discord-option-channel = وہ چینل یا فورم جہاں نئی تجاویز پوسٹ ہوں (خالی چھوڑیں تو یہی چینل)
