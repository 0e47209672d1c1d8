### What went wrong, and what to do next. Read on a phone, often on a break: keep each one
### short, plain and kind, and always say how to put it right.
### Command names (/support etc.) and their keywords stay in English.

## Mistakes in what someone typed (UserError). $field is one of the TextField keys.

error-text-empty =
    { $field ->
        [title] عنوان
        [body] تفصیلات
        [comment] اپنا تبصرہ
        [name] اپنا نام
        [reason] وجہ
        [description] وضاحت
        [organisation] ادارے کا نام
        [region] علاقے کا نام
       *[other] یہاں کچھ
    } لکھنا ضروری ہے؛ یہ خانہ خالی نہیں چھوڑا جا سکتا۔ براہ کرم چند الفاظ لکھ کر دوبارہ کوشش کریں۔

error-text-too-long =
    { $field ->
        [title] عنوان
        [body] تفصیلات
        [comment] آپ کے تبصرے
        [name] آپ کے نام
        [reason] وجہ
        [description] وضاحت
        [organisation] ادارے کے نام
        [region] علاقے کے نام
       *[other] اس متن
    } کی لمبائی حد سے زیادہ ہے: { $actual } حروف، جبکہ زیادہ سے زیادہ { $max } حروف کی گنجائش ہے۔ براہ کرم اسے مختصر کر کے دوبارہ کوشش کریں۔

error-text-control-characters =
    { $field ->
        [title] عنوان
        [body] تفصیلات
        [comment] آپ کے تبصرے
        [name] آپ کے نام
        [reason] وجہ
        [description] وضاحت
        [organisation] ادارے کے نام
        [region] علاقے کے نام
       *[other] اس متن
    } میں لائن بریک یا کوئی نظر نہ آنے والا حرف ہے جسے ہم استعمال نہیں کر سکتے۔ براہ کرم اسے سادہ متن کے طور پر دوبارہ لکھیں۔

## Registering and permissions

error-not-registered = پہلے آپ کو رجسٹر کرنا ہوگا — اس میں صرف چند سیکنڈ لگتے ہیں۔ شروع کرنے کے لیے /start بھیجیں۔
error-already-registered = آپ پہلے سے رجسٹرڈ ہیں، اس لیے مزید کچھ کرنے کی ضرورت نہیں۔ آپ کیا کر سکتے ہیں، یہ دیکھنے کے لیے /help بھیجیں۔
error-consent-required = ہم آپ کو صرف اسی صورت میں رجسٹر کر سکتے ہیں جب آپ ہمیں اپنی تفصیلات محفوظ رکھنے کی اجازت دیں۔ جب آپ رضامندی دینے کے لیے تیار ہوں تو /start بھیجیں۔
error-not-allowed =
    معذرت، یہ کام صرف { $role ->
        [member] رجسٹرڈ اراکین
        [champion] چیمپیئن
        [moderator] ماڈریٹر
       *[admin] ایڈمن
    } کر سکتے ہیں۔ اگر آپ سمجھتے ہیں کہ آپ کو اس کی اجازت ہونی چاہیے تو براہ کرم اپنے کمیونٹی مینیجر سے پوچھیں۔
error-banned = آپ اب بھی سب کچھ پڑھ سکتے ہیں، لیکن فی الحال نہ کچھ پوسٹ کر سکتے ہیں، نہ تجاویز کی حمایت کر سکتے ہیں اور نہ تبصرہ۔ اگر آپ سمجھتے ہیں کہ یہ غلطی ہے تو براہ کرم اپنے کمیونٹی مینیجر سے رابطہ کریں۔

## Things that can't be found

error-sprint-not-found = اسپرنٹ { $id } موجود نہیں ہے — /sprints سے نمبر چیک کریں۔
error-challenge-not-found = چیلنج { $id } موجود نہیں ہے — /challenges سے نمبر چیک کریں۔
error-idea-not-found = تجویز #{ $id } موجود نہیں ہے — /ideas سے نمبر چیک کریں۔
error-comment-not-found = تبصرہ c{ $id } موجود نہیں ہے — تجویز کے تبصرے اور ان کے نمبر دیکھنے کے لیے اسے /show سے کھولیں۔
error-theme-not-found = موضوع { $id } موجود نہیں ہے — /theme list سے نمبر چیک کریں۔
error-big-idea-not-found = بڑی تجویز { $id } موجود نہیں ہے — /bigidea list سے نمبر چیک کریں۔
error-member-not-found = ہمیں یہ رکن نہیں مل رہا — رکن کا نمبر چیک کر کے دوبارہ کوشش کریں۔

## Sprints, support and comments

error-sprint-not-open = اسپرنٹ { $id } اس وقت کھلا نہیں ہے، اس لیے اس میں نئی تجاویز یا حمایت شامل نہیں ہو سکتی۔ آپ اب بھی تجاویز پڑھ سکتے ہیں اور ان پر تبصرہ کر سکتے ہیں۔ کون سا اسپرنٹ کھلا ہے، یہ دیکھنے کے لیے /sprints بھیجیں۔
error-no-open-sprint = اس وقت کوئی اسپرنٹ کھلا نہیں ہے، اس لیے ابھی تجاویز پوسٹ کرنے کی کوئی جگہ نہیں۔ آنے والے اسپرنٹ دیکھنے کے لیے /sprints بھیجیں۔
error-already-supported = آپ پہلے ہی تجویز #{ $id } کی حمایت کر رہے ہیں — شکریہ! اپنی حمایت واپس لینے کے لیے /unsupport { $id } بھیجیں۔
error-not-supported = آپ تجویز #{ $id } کی حمایت نہیں کر رہے، اس لیے واپس لینے کو کچھ نہیں۔ اس کی حمایت کرنے کے لیے /support { $id } بھیجیں۔
error-reply-too-deep = آپ کسی تبصرے پر جوابی تبصرہ کر سکتے ہیں، لیکن جوابی تبصرے پر نہیں۔ براہ کرم اصل تبصرے پر جوابی تبصرہ کریں۔

## Moderation

error-merge-into-itself = کسی تجویز کو خود اسی میں ضم نہیں کیا جا سکتا — براہ کرم دو مختلف تجاویز منتخب کریں۔
error-merge-across-sprints = یہ تجاویز مختلف اسپرنٹ میں ہیں، اس لیے انہیں ضم نہیں کیا جا سکتا۔ صرف ایک ہی اسپرنٹ کی تجاویز ضم کی جا سکتی ہیں۔
error-idea-merged = تجویز #{ $id } کو اس سے بہت ملتی جلتی تجویز #{ $into } میں ضم کر دیا گیا ہے، اور اس کی حمایت بھی وہاں منتقل ہو گئی ہے۔ اسے /show { $into } سے دیکھیں۔
error-already-visible = یہ پہلے ہی سب کو نظر آ رہا ہے — منظور یا بحال کرنے کو کچھ نہیں۔
error-already-hidden = یہ پہلے ہی چھپا ہوا ہے۔ اسے دوبارہ دکھانے کے لیے /restore استعمال کریں۔
error-window-backwards = بند ہونے کی تاریخ کھلنے کی تاریخ سے پہلے ہے۔ براہ کرم تاریخیں (جیسے 2026-06-30) چیک کر کے دوبارہ کوشش کریں۔
error-link-code-invalid = یہ کوڈ درست نہیں، یا اس کی مدت ختم ہو چکی ہے۔ نیا کوڈ لینے کے لیے جو ایپ آپ پہلے سے استعمال کرتے ہیں اس میں /link بھیجیں، پھر یہاں /link CODE بھیجیں۔
error-claim-code-invalid = یہ کلیم کوڈ ہمارے پاس موجود نہیں۔ تجویز درج کرنے والے چیمپیئن سے اس کی تصدیق کریں: یہ چھ حروف اور ہندسوں پر مشتمل ہوتا ہے، جیسے K7Q2XM۔
error-update-link-invalid = یہ لنک کسی ویب ایڈریس جیسا نہیں لگتا۔ پورا ایڈریس دیں، جو https:// سے شروع ہو اور جس میں کوئی خالی جگہ نہ ہو۔
error-already-claimed = آپ پہلے ہی تجویز #{ $id } کے شریک مصنف ہیں۔
error-already-linked = یہ اکاؤنٹ پہلے ہی آپ سے منسلک ہے — مزید کچھ کرنے کی ضرورت نہیں۔
error-not-on-yourself = آپ اپنے ہی اکاؤنٹ کے ساتھ یہ نہیں کر سکتے — براہ کرم کسی دوسرے ماڈریٹر یا ایڈمن سے کہیں۔
error-already-banned = رکن { $member } پر پہلے ہی پوسٹ کرنے کی پابندی ہے۔
error-not-banned = رکن { $member } پر کوئی پابندی نہیں، اس لیے واپس لینے کو کچھ نہیں۔
error-nothing-to-review = جائزے کے لیے کچھ بھی منتظر نہیں — ہر چیز کا جائزہ لیا جا چکا ہے۔ شکریہ!
error-stage-unchanged = یہ پہلے ہی اسی مرحلے میں ہے — کچھ نہیں بدلا۔
error-pause-too-long = اطلاعات زیادہ سے زیادہ { $max } دن کے لیے موقوف کی جا سکتی ہیں۔
error-target-out-of-range = جواب کا ہدف 1 سے { $max } کام کے دنوں تک ہو سکتا ہے۔
error-already-in-theme = یہ تجویز پہلے ہی اس موضوع میں شامل ہے۔
error-challenge-in-other-sprint = یہ چیلنج کسی دوسرے اسپرنٹ کا ہے۔ براہ کرم اسی اسپرنٹ کا کوئی چیلنج منتخب کریں — /challenges ان کی فہرست دکھاتا ہے۔
error-theme-in-other-sprint = یہ موضوع کسی دوسرے اسپرنٹ کا ہے۔ تجاویز اور بڑی تجاویز صرف اپنے ہی اسپرنٹ کے موضوعات استعمال کر سکتی ہیں — /theme list انہیں دکھاتا ہے۔

## Commands that could not be read (ParseError). The adapter shows the command's usage after.

parse-not-a-command = کمانڈ سلیش (/) سے شروع ہوتی ہے، جیسے /help۔ تجویز پیش کرنے کے لیے /idea بھیجیں۔
parse-unknown-command = معذرت، /{ $command } کوئی ایسی کمانڈ نہیں جو مجھے معلوم ہو۔ آپ کون سی کمانڈز استعمال کر سکتے ہیں، یہ دیکھنے کے لیے /help بھیجیں۔
parse-missing-argument = /{ $command } کے لیے یہ درکار ہے: { parse-argument }۔
parse-bad-value = “{ $value }” یہاں نہیں چلے گا: /{ $command } کے لیے یہ درکار ہے: { parse-argument }۔
parse-too-many-arguments = /{ $command } کے بعد اس سے زیادہ کچھ لکھا ہے جتنا یہ کمانڈ استعمال کر سکتی ہے۔ براہ کرم کمانڈ چیک کر کے دوبارہ کوشش کریں۔

# What a command's argument should be, used inside the two messages above (same arguments).
parse-argument =
    { $argument ->
        [idea] تجویز کا نمبر، جیسے 12
        [comment] تبصرے کا نمبر، جیسے c34
        [target] تجویز کا نمبر (جیسے 12) یا تبصرے کا نمبر (جیسے c34)
        [of] تجویز کا نمبر (جیسے 12) یا بڑی تجویز کا نمبر (جیسے b3)
        [outcome] کوئی نتیجہ: under-consideration، prototyping، testing، adopted، scaled-and-spread یا not-taken-forward
        [note] کوئی نوٹ
        [into] اس تجویز کا نمبر جس میں ضم کرنا ہے
        [text]
            { $command ->
                [comment] آپ کا تبصرہ
                [reply] آپ کا جوابی تبصرہ
                [respond] آپ کا جواب
               *[other] کچھ متن
            }
        [reason] کوئی وجہ
        [frequency] weekly، daily یا off
        [language] زبان کا کوڈ: en, cy, pl, ro, pa, ur, pt یا ar
        [challenge] کسی چیلنج کا نمبر، یا off
        [days] دنوں کی تعداد، جیسے 7، یا off
        [zone] ٹائم زون کا نام، جیسے Europe/London یا America/New_York، یا off
        [sprint] اسپرنٹ کا نمبر
        [theme] موضوع کا نمبر
        [themes] موضوعات کے نمبر، بیچ میں کوما لگا کر، جیسے 2,3
        [bigidea] بڑی تجویز کا نمبر
        [member] رکن کا نمبر
        [role] کوئی کردار: member، champion، moderator یا admin
        [order] top، new یا mine
        [page] صفحے کا نمبر
        [code] کلیم کوڈ، جیسے K7Q2XM
        [session] سیشن کا نام، جیسے وارڈ 4 میٹنگ، یا off
        [action]
            { $command ->
                [theme] لفظ new، add یا list
                [bigidea] لفظ new، stage یا list
                [stage] لفظ sprint یا idea
                [challenge] لفظ add
               *[other] کمانڈ کے بعد آنے والا صحیح لفظ
            }
        [stage] کوئی مرحلہ، جیسے testing یا scale and spread
        [opens] کھلنے کی تاریخ، جیسے 2026-06-01
        [closes] بند ہونے کی تاریخ، جیسے 2026-06-30
        [title] کوئی عنوان
        [format] csv یا json
        [when] now (ابھی) یا digest (اگلے خلاصے کے شروع میں)
        [welsh] لنک کے بعد ویلش عنوان اور ویلش متن، دونوں (اگر لنک نہیں ہے تو اس کی جگہ خالی چھوڑ دیں: عنوان | متن || ویلش عنوان | ویلش متن)
       *[other] کچھ اور
    }

## Importing ideas from a chat or connect session (one problem per row; the line is shown too)

import-missing-column = فائل میں “{ $column }” نام کا کالم ہونا ضروری ہے۔ اسے پہلی قطار میں شامل کریں اور فائل دوبارہ درآمد کریں۔
import-unreadable-row = ہم یہ قطار نہیں پڑھ سکے۔ اسے کسی اسپریڈشیٹ میں چیک کریں (خاص طور پر کوٹیشن مارکس) اور فائل دوبارہ درآمد کریں۔
import-unknown-challenge = “{ $challenge }” اس اسپرنٹ کا کوئی چیلنج نہیں ہے۔ چیلنج کا نمبر یا اس کا بالکل درست عنوان استعمال کریں — /challenges ان کی فہرست دکھاتا ہے۔
import-unknown-kind = “{ $kind }” کوئی ایسی قسم نہیں جو ہم جانتے ہوں۔ idea، experience یا good practice استعمال کریں — یا تجویز کے لیے خانہ خالی چھوڑ دیں۔
error-web-not-configured = ویب ڈیش بورڈ ابھی یہاں ترتیب نہیں دیا گیا: سروس چلانے والے کو بورڈ کا عوامی پتہ (CROWDSPRINT_PUBLIC_URL) دینا ہوگا۔
error-sign-in-link-invalid = یہ سائن ان لنک استعمال ہو چکا ہے یا اس کی مدت ختم ہو گئی ہے۔ نیا لنک لینے کے لیے اپنی چیٹ میں بوٹ کو /web بھیجیں۔
error-outcome-needs-note = کسی تجویز کو آگے نہ بڑھانے کے لیے وجہ بتانا ضروری ہے، ان لوگوں کی خاطر جو اس کے پیچھے ہیں: نتیجے کے بعد ایک نوٹ شامل کریں۔
