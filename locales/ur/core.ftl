### Words the core hands to every adapter: command help and the names of things.
### Urdu (ur). Written right to left; the code wraps every placeable in Unicode isolates, so no
### bidi control characters are written here.

## Help: one entry per command in core/src/command/catalogue.rs, "usage — what it does".
## Commands with several forms have one line per form; the first line is the everyday one.
## Command names and their keywords (new, add, list, csv...) stay in English: the parser
## only understands those. Slots in capitals (N, SPRINT, OPENS...) stay as in en-GB; free text
## the person types (title, description, comment, reason) is named in Urdu.

help-start = /start — رجسٹر کریں، یا شروع سے دوبارہ آغاز کریں
help-help = /help [COMMAND] — دیکھیں کہ آپ کیا کر سکتے ہیں، یا کوئی ایک کمانڈ کیسے استعمال کی جاتی ہے
help-sprint =
    /sprint [N] — کھلا ہوا اسپرنٹ، یا اسپرنٹ N دیکھیں
    /sprint new OPENS CLOSES عنوان | تفصیل — نئے اسپرنٹ کی منصوبہ بندی کریں (تاریخیں اس طرح: 2026-06-30)
    /sprint window N OPENS CLOSES — بدلیں کہ اسپرنٹ N کب کھلے گا اور کب بند ہوگا
    /sprint target N DAYS|default — اسپرنٹ N کے لیے کام کے دنوں میں جواب کا اپنا ہدف مقرر کریں، یا default سے دوبارہ سروس کا ہدف لاگو کریں
help-sprints = /sprints — تمام اسپرنٹ اور ان کے مراحل کی فہرست دیکھیں
help-challenges = /challenges [SPRINT] — وہ چیلنج دیکھیں جن کے لیے آپ تجاویز پیش کر سکتے ہیں
help-idea = /idea — کوئی تجویز، تجربہ یا اچھا طریقۂ کار پیش کریں (ہم چند مختصر سوال پوچھیں گے)
help-ideas = /ideas [top|new|mine] [PAGE] — تجاویز دیکھیں: سب سے زیادہ حمایت والی، نئی ترین، یا آپ کی اپنی
help-show = /show N — تجویز N اور اس پر کیے گئے تبصرے پڑھیں
help-support = /support N — جس تجویز سے آپ متفق ہوں اس کی حمایت کریں
help-unsupport = /unsupport N — کسی تجویز سے اپنی حمایت واپس لیں
help-comment = /comment N آپ کا تبصرہ — تجویز N پر تبصرہ کریں
help-reply = /reply cN متن — کسی تبصرے پر جوابی تبصرہ کریں (مثلاً /reply c34 میں متفق ہوں)
help-follow = /follow N — تجویز N کے بارے میں تازہ اطلاعات پائیں
help-unfollow = /unfollow N — تجویز N کے بارے میں تازہ اطلاعات پانا بند کریں
help-subscribe = /subscribe weekly|daily|off — منتخب کریں کہ آپ کو خلاصہ کتنی بار ملے
help-pause = /pause DAYS — اپنی اطلاعات زیادہ سے زیادہ 90 دن کے لیے موقوف کریں؛ /pause off سے وہ دوبارہ شروع ہو جاتی ہیں
help-timezone = /timezone ZONE — خلاصے اور خاموش اوقات اپنے ٹائم زون کے مطابق پائیں (مثلاً /timezone Europe/Dublin)؛ /timezone off سے سروس کا ٹائم زون استعمال ہوتا ہے
help-mute = /mute IDEA — کسی ایک تجویز کے بارے میں اطلاعات بند کریں
help-unmute = /unmute IDEA — اس تجویز کے بارے میں دوبارہ اطلاعات پائیں
help-language = /language [کوڈ] — زبانیں دیکھیں، یا اپنی زبان منتخب کریں (en, cy, pl, ro, pa, ur, pt, ar)
help-link = /link [CODE] — اپنے دوسرے چیٹ اکاؤنٹ منسلک کریں: کوڈ لینے کے لیے /link بھیجیں، پھر دوسری ایپ میں /link CODE بھیجیں
help-mydata = /mydata — وہ سب کچھ دیکھیں جو ہمارے پاس آپ کے بارے میں محفوظ ہے
help-forgetme = /forgetme — اپنی تفصیلات مٹا دیں؛ آپ نے جو کچھ پوسٹ کیا وہ باقی رہے گا، “ایک سابق رکن” کے نام سے
help-review = /review — اگلی تجاویز اور تبصرے دیکھیں جو جائزے کے منتظر ہیں
help-approve = /approve N|cN — جائزے کے لیے روکی گئی تجویز (12) یا تبصرہ (c34) شائع کریں
help-respond = /respond N|cN آپ کا جواب — بطور چیمپیئن کسی تجویز یا تبصرے کا جواب دیں
help-hide = /hide N|cN وجہ — قواعد کی خلاف ورزی کرنے والی تجویز یا تبصرہ چھپائیں، اور وجہ بتائیں
help-restore = /restore N|cN — چھپائی گئی تجویز یا تبصرہ واپس لائیں
help-awaiting = /awaiting — وہ تبصرے دیکھیں جو ابھی تک کسی چیمپیئن کے جواب کے منتظر ہیں
help-stats = /stats [SPRINT] — کسی اسپرنٹ کے اعداد و شمار دیکھیں: لوگ، تجاویز، حمایت اور تبصرے
help-outcomes = /outcomes [SPRINT] — دیکھیں کہ تجاویز کا کیا بنا: ٹیم کے درج کردہ نتائج، ان کے نوٹس سمیت
help-claim = /claim CODE — کسی چیمپیئن کی طرف سے آپ کے گروپ کے لیے درج کی گئی تجویز کے شریک مصنف بنیں، اور جانیں کہ اس کا کیا بنتا ہے
help-updates = /updates [SPRINT] — اسپرنٹ ٹیم کی اپ ڈیٹس پڑھیں، سب سے نئی پہلے
help-web = /web — ویب پر اسٹاف ڈیش بورڈ میں سائن ان کرنے کا لنک حاصل کریں (نجی طور پر بھیجا جاتا ہے، صرف ایک بار کام کرتا ہے)
help-capture = /capture NAME|off — کسی گروپ کی طرف سے تجاویز درج کریں (کوئی مختصر ٹیم میٹنگ، وارڈ راؤنڈ): ہر تجویز کو وہاں موجود لوگوں کے لیے ایک کلیم کوڈ ملتا ہے
help-merge = /merge N M — ایک جیسی تجاویز میں سے تجویز N کو تجویز M میں ضم کریں (اس کی حمایت M کو منتقل ہو جاتی ہے)
help-challenge = /challenge add SPRINT عنوان | تفصیل — کسی اسپرنٹ میں چیلنج شامل کریں
help-theme =
    /theme new SPRINT نام | تفصیل — نیا موضوع بنائیں
    /theme add THEME IDEA — کسی تجویز کو موضوع میں شامل کریں
    /theme list [SPRINT] — موضوعات کی فہرست دیکھیں
help-bigidea =
    /bigidea new SPRINT THEME,THEME عنوان | تفصیل — موضوعات سے ایک بڑی تجویز بنائیں
    /bigidea stage N STAGE — بڑی تجویز N کو نئے مرحلے میں لے جائیں
    /bigidea list [SPRINT] — بڑی تجاویز کی فہرست دیکھیں
help-outcome = /outcome N|bN OUTCOME نوٹ — درج کریں کہ تجویز N یا بڑی تجویز bN کا کیا بنا، اور اس کے پیچھے موجود سب لوگوں کو بتائیں (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread یا not-taken-forward — not-taken-forward کے ساتھ وجہ بتانے والا نوٹ ضروری ہے)
help-update = /update — اسپرنٹ کے لوگوں کو قدم بہ قدم لکھیں: ابھی ہر سبسکرائبر کو بھیجیں، یا اگلے خلاصے کے شروع میں رکھیں (ایک سطر میں: /update now|digest عنوان | متن [| لنک [| ویلش عنوان | ویلش متن]])
help-stage =
    /stage sprint N STAGE — اسپرنٹ N کو اگلے مرحلے میں لے جائیں (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N STAGE — بتائیں کہ تجویز N کہاں تک پہنچی ہے (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban MEMBER وجہ — کسی رکن کو پوسٹ کرنے سے روکیں (وہ پھر بھی پڑھ سکیں گے)
help-unban = /unban MEMBER — رکن کو دوبارہ پوسٹ کرنے کی اجازت دیں
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — شائع شدہ تجاویز (یا ٹیم کی اپ ڈیٹس، یا ہر تبصرے کا جواب کے لیے انتظار) ڈاؤن لوڈ کریں، CSV (طے شدہ) یا JSON میں؛ ایڈمن withheld لگا کر روکی گئی اور چھپائی گئی تجاویز بھی نشان کے ساتھ شامل کر سکتے ہیں
help-audit = /audit — ماڈریشن کی تازہ ترین کارروائیاں اور انہیں کرنے والے دیکھیں
help-announce = /announce [CHALLENGE] — کسی گروپ یا ٹاپک میں: موجودہ اسپرنٹ (یا کسی ایک چیلنج) کی نئی تجاویز کا یہاں اعلان کریں؛ /announce off سے اعلانات بند ہو جاتے ہیں
help-deliveries = /deliveries — اطلاعات کی قطار: کتنی منتظر ہیں، کتنی بھیجی گئیں اور کتنی التوا میں ہیں، اور التوا میں جانے والی تازہ ترین اطلاعات کیوں ناکام ہوئیں
help-role = /role MEMBER member|champion|moderator|admin — کسی رکن کو کردار دیں

## Names of things, each chosen by one argument (the stored word).

role-name =
    { $role ->
        [member] رکن
        [champion] چیمپیئن
        [moderator] ماڈریٹر
       *[admin] ایڈمن
    }

sprint-stage-name =
    { $stage ->
        [draft] منصوبہ بندی جاری
        [open] تجاویز کے لیے کھلا
        [closed] تجاویز کے لیے بند
        [theming] موضوعات میں تقسیم
        [prototyping] پروٹوٹائپ کی تیاری
        [testing] آزمائش
        [scale_and_spread] وسعت اور پھیلاؤ
       *[archived] محفوظ شدہ
    }

development-stage-name =
    { $stage ->
        [submitted] پیش کردہ
        [themed] موضوع میں شامل
        [prototyping] پروٹوٹائپ کی تیاری
        [testing] آزمائش
        [scale_and_spread] وسعت اور پھیلاؤ
       *[not_taken_forward] آگے نہیں بڑھائی گئی
    }

idea-kind-name =
    { $kind ->
        [experience] تجربہ
        [good_practice] اچھا طریقۂ کار
       *[idea] تجویز
    }

describes-name =
    { $describes ->
        [staff] عملہ
        [patient] مریض یا سروس استعمال کرنے والا
        [carer] نگہداشت کرنے والا یا خاندان کا فرد
        [lived_experience] ذاتی تجربہ رکھنے والا شراکت دار
        [partner_organisation] شراکت دار ادارہ
       *[other] دیگر
    }

digest-name =
    { $frequency ->
        [weekly] ہفتہ وار
        [daily] روزانہ
       *[off] بند
    }

pii-kind-name =
    { $kind ->
        [nhs_number] NHS نمبر
        [phone_number] فون نمبر
        [email] ای میل پتہ
        [postcode] نام کے ساتھ پوسٹ کوڈ
       *[date_of_birth] تاریخ پیدائش
    }

visibility-name =
    { $visibility ->
        [pending] جائزے کی منتظر
        [visible] شائع شدہ
        [hidden] چھپائی گئی
       *[merged] ضم شدہ
    }

origin-name =
    { $origin ->
        [telegram] ٹیلی گرام
        [discord] ڈسکارڈ
        [console] کنسول
       *[other] درآمد شدہ
    }

# Shown instead of the name of someone who asked to be forgotten.
former-member = ایک سابق رکن
# Who a captured idea is by, on its card and page: the group, never the champion who typed it.
# It fills “از { $author }” in idea-meta.
idea-by-group = { $session } میں شریک گروپ

## Announcements in groups and topics

announce-group-only = /announce کسی گروپ چیٹ یا ٹاپک میں کام کرتی ہے: بوٹ کو وہاں شامل کریں اور اسی چیٹ میں یہ کمانڈ بھیجیں۔
announce-tied = “{ $title }” کی نئی تجاویز کا اعلان یہاں کیا جائے گا۔
announce-untied = اب یہاں نئی تجاویز کا اعلان نہیں کیا جائے گا۔
announce-not-tied = یہاں کسی چیز کا اعلان نہیں ہو رہا تھا۔
announce-heading = 💡 نئی تجویز

## Notifications: what people hear about their ideas, comments and sprints

notify-idea-approved = ✅ آپ کی تجویز #{ $id } “{ $title }” کا جائزہ لے لیا گیا ہے اور وہ شائع ہو گئی ہے۔
notify-idea-held = ⏸ آپ کی تجویز #{ $id } “{ $title }” ٹیم کے جائزے تک روک لی گئی ہے، کیونکہ اس میں ذاتی تفصیلات ہو سکتی ہیں ({ $reasons })۔
notify-idea-hidden = 🙈 ٹیم نے آپ کی تجویز #{ $id } “{ $title }” چھپا دی ہے: { $reason }
notify-idea-merged = 🔗 آپ کی تجویز #{ $id } “{ $title }” کو #{ $into } “{ $into_title }” میں ضم کر دیا گیا ہے۔ اس کے حمایتی بھی اس کے ساتھ منتقل ہو گئے ہیں۔
notify-idea-themed = 🏷 آپ کی تجویز #{ $id } “{ $title }” اب موضوع “{ $theme }” کا حصہ ہے۔
notify-idea-stage = 🚀 تجویز #{ $id } “{ $title }” اب اس مرحلے میں ہے: { $stage }۔
notify-comment-hidden = 🙈 تجویز #{ $idea } پر آپ کا تبصرہ c{ $comment } ٹیم نے چھپا دیا ہے: { $reason }
notify-response-to-comment = 💬 ٹیم نے تجویز #{ $id } “{ $title }” پر آپ کے تبصرے کا جواب دیا ہے۔
notify-response-to-idea = 💬 ٹیم نے آپ کی تجویز #{ $id } “{ $title }” کا جواب دیا ہے۔
notify-reply-to-comment = 💬 کسی نے تجویز #{ $id } “{ $title }” پر آپ کے تبصرے پر جوابی تبصرہ کیا ہے۔
notify-still-with-team = ⏳ تجویز #{ $id } “{ $title }” پر آپ کا تبصرہ اب بھی اسپرنٹ ٹیم کے پاس ہے۔ اسے بھلایا نہیں گیا: جیسے ہی ٹیم جواب دے گی، آپ کو بتا دیا جائے گا۔
# The response promise's nudges to the sprint team: a champion's working morning, a
# moderator's Monday. A line per comment follows the heading; $left and $waited are lengths
# of time ("3 گھنٹے", "6 دن").
notify-responses-nearing =
    { $count ->
        [one] ⏰ 1 تبصرہ جواب کے ہدف کے قریب ہے ({ $days ->
            [one] 1 کام کا دن
           *[other] { $days } کام کے دن
        }):
       *[other] ⏰ { $count } تبصرے جواب کے ہدف کے قریب ہیں ({ $days ->
            [one] 1 کام کا دن
           *[other] { $days } کام کے دن
        }):
    }
notify-responses-overdue =
    { $count ->
        [one] 🗓️ اس ہفتے کی تاخیر کی فہرست: 1 تبصرہ جواب کے ہدف سے زیادہ انتظار کر چکا ہے ({ $days ->
            [one] 1 کام کا دن
           *[other] { $days } کام کے دن
        }):
       *[other] 🗓️ اس ہفتے کی تاخیر کی فہرست: { $count } تبصرے جواب کے ہدف سے زیادہ انتظار کر چکے ہیں ({ $days ->
            [one] 1 کام کا دن
           *[other] { $days } کام کے دن
        }):
    }
notify-nearing-line = • c{ $comment }، تجویز #{ $id } “{ $title }” پر — باقی وقت: { $left }
notify-overdue-line = • c{ $comment }، تجویز #{ $id } “{ $title }” پر — انتظار: { $waited }
notify-waiting-more = …اور { $count } مزید۔
notify-waiting-hint = جواب دینے کے لیے /respond cN اور اپنا جواب لکھیں، یا جواب کے منتظر تمام تبصرے دیکھنے کے لیے /awaiting لکھیں۔
notify-idea-outcome = 📌 تجویز #{ $id } “{ $title }” کا کیا بنا: { $outcome }۔ { $note }
notify-big-idea-outcome = 📌 بڑی تجویز “{ $title }”، جو ان تجاویز سے بنی جو آپ نے لکھیں، جن کی حمایت کی، جن پر بات کی یا جنہیں فالو کیا، اس کا کیا بنا: { $outcome }۔ { $note }
notify-big-idea-stage = 🌱 آپ کی آواز سنی گئی: بڑی تجویز “{ $title }”، جو ان تجاویز سے بنی جو آپ نے لکھیں، جن کی حمایت کی یا جن پر بات کی، اب اس مرحلے میں ہے: { $stage }۔
notify-sprint-opened = 📣 اسپرنٹ { $id } “{ $title }” تجاویز کے لیے کھل گیا ہے۔ چیلنج: { $challenges }۔ اپنی تجویز پیش کرنے کے لیے /idea بھیجیں۔
notify-sprint-closed = 🏁 اسپرنٹ { $id } “{ $title }” بند ہو گیا ہے — افراد: { $people }، تجاویز: { $ideas }، سرگرمیاں: { $interactions }۔ حصہ لینے کا شکریہ۔
notify-sprint-stage = 🗺 اسپرنٹ { $id } “{ $title }” اب اس مرحلے میں ہے: { $stage }۔
notify-idea-published = 💡 نئی تجویز #{ $id } “{ $title }”۔
notify-comment-published = 💬 تجویز #{ $id } پر نیا تبصرہ c{ $comment }۔
notify-idea-revised = اسپرنٹ ٹیم نے تجویز #{ $id } میں تبدیلی کی ہے۔
notify-comment-revised = اسپرنٹ ٹیم نے تجویز #{ $id } پر تبصرہ c{ $comment } میں تبدیلی کی ہے۔
notify-button-open = تجویز #{ $id } کھولیں

## The delivery queue

deliveries-counts = اطلاعات: { $pending } منتظر، { $sending } بھیجی جا رہی ہیں، { $sent } بھیجی گئیں، { $dead } التوا میں، { $duplicate } کسی ورکر کے رک جانے کے بعد دوبارہ اٹھائی گئیں (ان میں سے ہر ایک شاید دو بار بھیجی گئی ہو)۔
deliveries-dead-line = التوا میں #{ $id }: رکن { $member } کے لیے { $platform } پر { $event }: { $reason }
notify-paused = اطلاعات { $until } تک موقوف ہیں۔ /pause off سے یہ اس سے پہلے بحال ہو جائیں گی۔
notify-resumed = اطلاعات دوبارہ شروع ہو گئی ہیں۔
notify-muted = اب آپ کو تجویز #{ $id } کے بارے میں اطلاعات نہیں ملیں گی۔ /unmute { $id } سے آپ اسے واپس لے سکتے ہیں۔
notify-unmuted = آپ کو تجویز #{ $id } کے بارے میں دوبارہ اطلاعات ملیں گی۔

## The digest and the closing reminder

notify-sprint-closing-soon = ⏳ اسپرنٹ { $id } “{ $title }” 48 گھنٹوں میں بند ہو جائے گا ({ $closes })۔ { $news ->
        [0] تجویز پیش کرنے یا دوسروں کی تجاویز کی حمایت کرنے کا ابھی وقت ہے۔
        [one] آپ کی حمایت کردہ 1 تجویز پر نئے تبصرے آئے ہیں۔
       *[other] آپ کی حمایت کردہ { $news } تجاویز پر نئے تبصرے آئے ہیں۔
    }
digest-heading = { $frequency ->
        [daily] 📬 آپ کا روزانہ crowdsprint خلاصہ
       *[other] 📬 آپ کا ہفتہ وار crowdsprint خلاصہ
    }
digest-challenges = نئے چیلنج:
digest-updates = ٹیم کی طرف سے:
digest-challenge = • { $title }
digest-top-ideas = سب سے زیادہ حمایت پانے والی نئی تجاویز:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [one] 1 حمایتی
       *[other] { $count } حمایتی
    })
digest-followed = جن تجاویز کو آپ فالو کرتے ہیں:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [one] 1 نیا تبصرہ
       *[other] { $count } نئے تبصرے
    }
digest-responses = ٹیم نے آپ کو جواب دیا:
digest-response = • #{ $id } { $title }
digest-outcomes = آپ کی حمایت کردہ تجاویز کا کیا بنا:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = جلد بند ہونے والے:
digest-deadline = • { $title } — بند ہونے کی تاریخ { $closes }
digest-footer = { $frequency ->
        [daily] یہ آپ کو ہر روز ملتا ہے کیونکہ آپ نے سبسکرائب کیا ہے۔
       *[other] یہ آپ کو ہر ہفتے ملتا ہے کیونکہ آپ نے سبسکرائب کیا ہے۔
    } /subscribe سے آپ بدل سکتے ہیں کہ یہ کتنی بار ملے۔
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = #{ $id } کھولیں
digest-button-unsubscribe = سبسکرپشن ختم کریں
digest-unsubscribed = اب آپ کو خلاصہ اور اسپرنٹ کی خبریں نہیں ملیں گی۔ /subscribe weekly سے یہ دوبارہ شروع ہو جائیں گی۔
notify-timezone-set = آپ کا ٹائم زون اب { $zone } ہے: خلاصے آپ کی صبح کے وقت آئیں گے اور خاموش اوقات آپ کی رات کے مطابق ہوں گے۔
notify-timezone-off = آپ کا ٹائم زون ہٹا دیا گیا ہے؛ اوقات سروس کے ٹائم زون ({ $zone }) کے مطابق ہوں گے۔

## Rate limits. $kind is idea or vote; $unit is seconds or minutes.

slow-down =
    { $kind ->
        [idea] آپ نے تھوڑے سے وقت میں بہت سی تجاویز پیش کی ہیں — شکریہ!
        [comment] تھوڑے سے وقت میں بہت سے تبصرے — شکریہ!
        [link] تھوڑے سے وقت میں اکاؤنٹ منسلک کرنے کی بہت سی کوششیں ہوئی ہیں۔
       *[vote] تھوڑے سے وقت میں بہت زیادہ بار حمایت کی گئی ہے۔
    } براہ کرم { $unit ->
        [minutes]
            { $count ->
                [one] 1 منٹ
               *[other] { $count } منٹ
            }
       *[seconds]
            { $count ->
                [one] 1 سیکنڈ
               *[other] { $count } سیکنڈ
            }
    } بعد دوبارہ کوشش کریں۔

## Your data (/mydata): a line before the full record
mydata-summary = منسلک اکاؤنٹ: { $accounts }، تجاویز: { $ideas }، تبصرے: { $comments }، جن تجاویز کی آپ نے حمایت کی: { $supported }، جنہیں آپ فالو کرتے ہیں: { $following }، آپ کے لیے منتظر یا محفوظ پیغامات (بھیجنے کے بعد 30 دن تک رکھے جاتے ہیں): { $deliveries }، ٹیم کے آڈٹ لاگ میں آپ کے بارے میں یا آپ کی کارروائیوں کے اندراجات: { $audit }۔

## The text layouts' words (core/src/layout.rs and the chat bots' own layouts): idea lines,
## cards, lists, the review queue, sprints, audit lines, and the answers every surface gives.

member-welcome-back = دوبارہ خوش آمدید، { $name }۔ سرِفہرست تجاویز دیکھنے کے لیے /ideas، نئی تجویز پیش کرنے کے لیے /idea، یا تمام کمانڈز کے لیے /help لکھیں۔
registration-not-saved = کچھ بھی محفوظ نہیں کیا گیا۔ جب آپ تیار ہوں، /start لکھیں۔
member-registered = آپ رجسٹر ہو گئے ہیں، { $name }۔ تجویز پیش کرنے کے لیے /idea، دوسروں کی تجاویز دیکھنے کے لیے /ideas، یا مزید کے لیے /help لکھیں۔
plain-text-unregistered = شکریہ! اسے تجویز کے طور پر پوسٹ کرنے کے لیے براہ کرم پہلے /start سے رجسٹر کریں — اس میں ایک منٹ لگتا ہے۔
idea-intro = “{ $sprint }” کے لیے نئی تجویز۔
idea-ask-title = اپنی تجویز کو ایک مختصر عنوان دیں (زیادہ سے زیادہ 120 حروف)۔
idea-similar =
    { $count ->
        [one] ایک ملتی جلتی تجویز پہلے سے موجود ہے:
       *[other] { $count } ملتی جلتی تجاویز پہلے سے موجود ہیں:
    }
support-added =
    آپ نے تجویز #{ $id } کی حمایت کی ہے۔ { $supporters ->
        [one] اس کا 1 حمایتی ہے۔
       *[other] اس کے { $supporters } حمایتی ہیں۔
    }
support-removed =
    آپ نے تجویز #{ $id } سے اپنی حمایت واپس لے لی ہے۔ { $supporters ->
        [one] اس کا 1 حمایتی ہے۔
       *[other] اس کے { $supporters } حمایتی ہیں۔
    }
comment-added = شکریہ — آپ کا تبصرہ c{ $id } تجویز #{ $idea } پر شامل ہو گیا ہے۔
comment-held = آپ کا تبصرہ c{ $id } محفوظ ہو گیا ہے، لیکن کسی کے جائزہ لینے تک روک لیا گیا ہے، کیونکہ اس میں ذاتی تفصیلات ہو سکتی ہیں ({ $reasons })۔
follow-added = آپ تجویز #{ $id } کو فالو کر رہے ہیں: آپ کو اس پر آنے والے جوابات اور پیش رفت کی اطلاع ملے گی۔
follow-removed = آپ نے تجویز #{ $id } کو فالو کرنا بند کر دیا ہے۔
digest-subscribed = خلاصہ: { $frequency }۔
language-current = آپ کی زبان { $language } ہے۔ ان میں سے منتخب کریں: { $choices } — مثلاً /language cy
language-set = آپ کی زبان اب { $language } ہے۔
account-link-code = آپ کا لنک کوڈ { $code } ہے۔ دونوں اکاؤنٹ جوڑنے کے لیے { $minutes } منٹ کے اندر دوسری ایپ میں /link { $code } لکھیں۔
account-linked = ہو گیا — یہ اکاؤنٹ اب آپ کے crowdsprint پروفائل سے منسلک ہے۔
mydata-heading = آپ کے بارے میں ہمارے پاس محفوظ تمام معلومات:
member-forget-confirm = اس سے آپ کا نام اور اکاؤنٹ مٹ جائیں گے۔ آپ کی تجاویز اور تبصرے باقی رہیں گے، “ایک سابق رکن” کے نام سے۔ مٹانے کے لیے ہاں لکھیں؛ اپنا اکاؤنٹ رکھنے کے لیے کچھ اور لکھیں۔
member-forgotten = آپ کی تفصیلات مٹا دی گئی ہیں۔ حصہ لینے کا شکریہ۔
conversation-cancelled = منسوخ کر دیا گیا — کچھ بھی تبدیل نہیں ہوا۔
conversation-nothing-to-cancel = منسوخ کرنے کے لیے کچھ نہیں ہے۔
idea-line =
    #{ $id } { $title } — { $supporters ->
        [one] 1 حمایتی
       *[other] { $supporters } حمایتی
    }، { $comments ->
        [one] 1 تبصرہ
       *[other] { $comments } تبصرے
    }
no-ideas = یہاں ابھی کوئی تجویز نہیں ہے۔ پہل آپ کریں: /idea لکھیں۔
list-page = صفحہ { $page } از { $pages }۔ اگلا صفحہ: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · از { $author } · { $date }
idea-held = جائزے کے لیے روکی گئی، کیونکہ اس میں ذاتی تفصیلات ہو سکتی ہیں: { $reasons }۔
idea-hidden = ٹیم نے چھپا دی: { $reason }
idea-merged = تجویز #{ $into } میں ضم کر دی گئی۔
idea-status =
    { $supporters ->
        [one] 1 حمایتی
       *[other] { $supporters } حمایتی
    } · مرحلہ: { $stage }{ $supported ->
        [yes] {" "}· آپ اس کی حمایت کرتے ہیں
       *[no] {""}
    }{ $following ->
        [yes] {" "}· آپ فالو کر رہے ہیں
       *[no] {""}
    }
idea-themes = موضوعات: { $themes }
no-comments = ابھی کوئی تبصرہ نہیں۔ تبصرہ شامل کرنے کے لیے لکھیں: /comment { $id } آپ کا تبصرہ
comments-heading = تبصرے:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ { $author } کا جواب: { $body }
idea-actions = /support { $id } · /comment { $id } متن · /follow { $id }
sprint-title = اسپرنٹ { $id }: { $title } ({ $stage })
sprint-open-until = { $opens } سے { $closes } تک تجاویز کے لیے کھلا ہے۔
sprint-window = { $opens } سے { $closes } تک جاری ہے؛ ابھی نئی تجاویز نہیں لی جا رہیں۔
sprint-line = اسپرنٹ { $id }: { $title } — { $stage }، بند ہونے کی تاریخ { $closes }
sprint-target-set =
    { $own ->
        [yes] اسپرنٹ { $id } “{ $title }” اب { $days ->
            [one] 1 کام کے دن
           *[other] { $days } کام کے دنوں
        } کے اندر جواب کا وعدہ کرتا ہے۔
       *[no] اسپرنٹ { $id } “{ $title }” پر دوبارہ وہی جواب کا ہدف لاگو ہے جو سروس کا ہے: { $days ->
            [one] 1 کام کا دن
           *[other] { $days } کام کے دن
        }۔
    }
idea-counts = افراد: { $people } · تجاویز: { $ideas } · حمایت: { $votes } · تبصرے: { $comments } · سرگرمیاں: { $interactions }
challenges-heading = چیلنج:
no-challenges = اس اسپرنٹ میں ابھی کوئی چیلنج نہیں ہے۔
help-heading = آپ کیا کر سکتے ہیں:
help-section = بطور { $role }:
help-footer = مزید معلومات کے لیے /help کے بعد کمانڈ کا نام لکھیں، مثلاً /help support۔ سادہ پیغام نئی تجویز بن جاتا ہے۔
command-usage = استعمال کا طریقہ: { $usage }
review-heading = جائزے کے منتظر — تجاویز: { $ideas }، تبصرے: { $comments }۔
review-comment = c{ $id }، تجویز #{ $idea } “{ $title }” پر — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } وجہ · /respond { $target } متن
review-approved = { $target } منظور ہو گیا۔
review-responded = جواب c{ $id } { $target } پر شائع ہو گیا؛ لکھنے والے کو اطلاع مل جائے گی۔
review-hidden = { $target } چھپا دیا گیا؛ لکھنے والے کو وجہ بتا دی جائے گی۔
review-restored = { $target } بحال کر دیا گیا۔
stats-responses =
    پہلے جوابات: درمیانی وقت (میڈین) { $median }؛ { $answered } میں سے { $within } کا جواب { $days ->
        [one] 1 کام کے دن
       *[other] { $days } کام کے دنوں
    } کے اندر دیا گیا۔
stats-no-responses = پہلے جوابات: ابھی کوئی نہیں۔
stats-captured =
    کسی گروپ کی طرف سے درج کی گئی تجاویز: { $sessions ->
        [one] 1 سیشن
       *[other] { $sessions } سیشنز
    } سے { $count ->
        [one] 1 تجویز
       *[other] { $count } تجاویز
    } (یہ چیمپیئنوں کی اپنی تجاویز میں شمار نہیں ہوتیں)۔
stats-updates =
    ٹیم کی اپ ڈیٹس: { $now ->
        [one] 1 فوراً بھیجی گئی
       *[other] { $now } فوراً بھیجی گئیں
    }، { $digest ->
        [one] 1 خلاصوں کے لیے رکھی گئی
       *[other] { $digest } خلاصوں کے لیے رکھی گئیں
    }۔
outcome-name =
    { $outcome ->
        [under_consideration] زیر غور
        [prototyping] پروٹوٹائپ کی تیاری کے لیے لی گئی
        [testing] آزمائش جاری
        [adopted] اپنا لی گئی
        [scaled_and_spread] وسعت دے کر پھیلائی گئی
       *[not_taken_forward] آگے نہیں بڑھائی گئی
    }
outcome-set =
    { $of } کا نتیجہ درج کر دیا گیا: { $outcome }۔ { $count ->
        [one] { $count } فرد کو اطلاع دی جائے گی۔
       *[other] { $count } افراد کو اطلاع دی جائے گی۔
    }
outcomes-heading = “{ $sprint }” میں تجاویز کا کیا بنا:
outcomes-line = { $of } “{ $title }”: { $outcome }
outcomes-line-noted = { $of } “{ $title }”: { $outcome } — { $note }
outcomes-none = “{ $sprint }” میں ابھی کوئی نتیجہ درج نہیں ہوا۔
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 اسپرنٹ ٹیم کی طرف سے: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            مزید: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ اپ ڈیٹ #{ $id } ہر سبسکرائبر کو بھیجی جا رہی ہے، اتنی رفتار سے جتنی پلیٹ فارمز اجازت دیتے ہیں۔
       *[digest] ✅ اپ ڈیٹ #{ $id } سب کے اگلے خلاصے کے شروع میں، “ٹیم کی طرف سے” کے تحت آئے گی۔
    }
updates-heading = 📣 “{ $sprint }” میں اسپرنٹ ٹیم کی اپ ڈیٹس، سب سے نئی پہلے:
updates-line = • #{ $id } { $date }: { $title }
updates-none = اسپرنٹ ٹیم نے ابھی تک “{ $sprint }” میں کوئی اپ ڈیٹ پوسٹ نہیں کی۔
web-sign-in-link = اسٹاف ڈیش بورڈ کے لیے آپ کا سائن ان لنک: { $link }
    یہ صرف ایک بار، { $minutes } منٹ کے لیے کام کرتا ہے۔ اسے کسی کو نہ دیں: اس سے آپ کے نام سے سائن ان ہوتا ہے۔
# Capturing ideas on a group's behalf (a huddle, a ward round) and claiming them.
capture-started = 📝 تجاویز “{ $session }” کے لیے درج کی جا رہی ہیں۔ اب آپ جو بھی تجویز پوسٹ کریں گے وہ آپ کی نہیں بلکہ گروپ کی ہو گی، اور اسے وہاں موجود لوگوں کے لیے ایک کلیم کوڈ ملے گا۔ سیشن ختم ہونے پر /capture off بھیجیں (یہ { $hours } گھنٹے بعد خود بخود بند ہو جاتا ہے)۔
capture-status =
    { $count ->
        [one] 📝 تجاویز “{ $session }” کے لیے درج کی جا رہی ہیں: اب تک 1 تجویز۔ سیشن ختم ہونے پر /capture off بھیجیں۔
       *[other] 📝 تجاویز “{ $session }” کے لیے درج کی جا رہی ہیں: اب تک { $count } تجاویز۔ سیشن ختم ہونے پر /capture off بھیجیں۔
    }
capture-stopped =
    { $count ->
        [one] تجاویز درج کرنے کا سیشن “{ $session }” ختم ہو گیا: 1 تجویز درج ہوئی۔ اب آپ جو تجاویز پوسٹ کریں گے وہ پھر سے آپ کی اپنی ہوں گی۔
       *[other] تجاویز درج کرنے کا سیشن “{ $session }” ختم ہو گیا: { $count } تجاویز درج ہوئیں۔ اب آپ جو تجاویز پوسٹ کریں گے وہ پھر سے آپ کی اپنی ہوں گی۔
    }
capture-none = آپ اس وقت کسی گروپ کے لیے تجاویز درج نہیں کر رہے۔ /capture اور سیشن کے نام سے شروع کریں، مثلاً /capture وارڈ 4 میٹنگ۔
idea-captured = 🤝 تجویز #{ $id } “{ $session }” کے لیے درج ہو گئی ہے۔ اس کا کلیم کوڈ { $code } ہے: وہاں موجود کوئی بھی فرد بوٹ کو /claim { $code } بھیج کر شریک مصنف بن سکتا ہے اور جان سکتا ہے کہ اس کا کیا بنتا ہے۔
idea-claimed = ✅ اب آپ تجویز #{ $id } “{ $title }” کے شریک مصنف ہیں۔ آپ اسے فالو کر رہے ہیں، اور جب ٹیم جواب دے گی اور اس کا جو بھی بنے گا، آپ کو اطلاع ملے گی۔
awaiting-heading =
    { $count ->
        [one] 1 تبصرہ جواب کا منتظر ہے:
       *[other] { $count } تبصرے جواب کے منتظر ہیں:
    }
awaiting-line = c{ $id }، تجویز #{ $idea } پر — { $author }: { $body }
awaiting-none = ہر تبصرے کا جواب دیا جا چکا ہے۔ شکریہ!
review-merged = تجویز #{ $from } کو #{ $into } میں ضم کر دیا گیا ہے، جس کے اب { $supporters } حمایتی ہیں۔
sprint-created = اسپرنٹ { $id } “{ $title }” مسودے کے طور پر بن گیا ہے۔ /challenge add { $id } عنوان سے چیلنج شامل کریں، پھر /stage sprint { $id } open سے اسے کھولیں۔
challenge-added = چیلنج { $id } “{ $title }” شامل کر دیا گیا۔
idea-stage-set = تجویز #{ $id } اب اس مرحلے میں ہے: { $stage }۔
theme-created = موضوع { $id } “{ $name }” بن گیا ہے۔ /theme add { $id } IDEA سے اس میں تجاویز شامل کریں۔
theme-added = تجویز #{ $idea } “{ $name }” میں شامل کر دی گئی (اس موضوع میں تجاویز: { $count })۔
theme-line = موضوع { $id }: { $name } — تجاویز: { $count }
no-themes = ابھی کوئی موضوع نہیں۔ /theme new SPRINT نام سے نیا موضوع بنائیں۔
big-idea-created = بڑی تجویز { $id } “{ $title }” بن گئی ہے۔
big-idea-stage-set = بڑی تجویز { $id } اب اس مرحلے میں ہے: { $stage }؛ اس میں حصہ ڈالنے والے { $people } افراد کو اطلاع دی جائے گی۔
big-idea-line = بڑی تجویز { $id }: { $title } — { $stage }
no-big-ideas = ابھی کوئی بڑی تجویز نہیں۔
member-banned = رکن { $member } پر پابندی لگا دی گئی ہے: وہ پڑھ سکتے ہیں لیکن پوسٹ نہیں کر سکتے۔
member-unbanned = رکن { $member } اب دوبارہ پوسٹ کر سکتے ہیں۔
member-role-set = { $name } (رکن { $member }) کا کردار اب { $role } ہے۔
audit-line = { $at } رکن { $member } نے { $target } { $action }
error-internal = معذرت، ہماری طرف کچھ خرابی ہو گئی۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو یہ حوالہ بتائیں: { $reference }

## Conversations (core/src/conversation): registering, posting an idea, a comment, a response,
## a reason, /forgetme. Questions select on $style: "buttons" where choices are buttons
## (Telegram), "typed" where they are a numbered list (the console).
## Typed answers the code understands in Urdu: ہاں / جی (yes), نہیں (no), چھوڑیں (skip),
## پوسٹ (post anyway).

conversation-welcome =
    crowdsprint میں خوش آمدید! ایسی تجاویز پیش کریں جن سے دیکھ بھال بہتر ہو سکے، جن تجاویز سے آپ متفق ہوں ان کی حمایت کریں، اور جانیں کہ ان کا کیا بنا۔ رجسٹر ہونے میں ایک منٹ لگتا ہے؛ { $style ->
        [buttons] رکنا چاہیں تو کسی بھی وقت ✖ منسوخ کریں دبائیں۔
       *[typed] رکنا چاہیں تو کسی بھی وقت /cancel لکھیں۔
    }
conversation-ask-name =
    ہم آپ کو کس نام سے پکاریں؟ { $style ->
        [buttons] کوئی نام بھیجیں، یا “{ $name }” استعمال کرنے کے لیے بٹن دبائیں۔ آپ یہاں اپنی زبان بھی منتخب کر سکتے ہیں۔
       *[typed] کوئی نام لکھیں، یا “{ $name }” استعمال کرنے کے لیے Enter دبائیں۔ زبان بدلنے کے لیے اس کا نمبر لکھیں۔
    }
conversation-ask-name-typed = ہم آپ کو کس نام سے پکاریں؟ وہ نام لکھیں جو آپ دوسروں کو دکھانا چاہتے ہیں۔
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    آپ کے بارے میں کون سا بیان سب سے موزوں ہے؟{ $style ->
        [buttons] {""}
       *[typed] {" "}کوئی نمبر لکھیں۔
    }
conversation-ask-organisation =
    آپ کس ادارے سے وابستہ ہیں؟ { $style ->
        [buttons] اس کا نام بھیجیں، یا چھوڑیں دبائیں۔
       *[typed] اس کا نام لکھیں، یا چھوڑنے کے لیے Enter دبائیں۔
    }
conversation-ask-region =
    آپ کس علاقے میں ہیں؟ { $style ->
        [buttons] اس کا نام بھیجیں، یا چھوڑیں دبائیں۔
       *[typed] اس کا نام لکھیں، یا چھوڑنے کے لیے Enter دبائیں۔
    }
conversation-ask-consent =
    رازداری: یہ اسپرنٹ چلانے اور آپ کو یہ بتانے کے لیے کہ تجاویز کا کیا بنا، ہم آپ کا نام، آپ کا تعارف (مثلاً عملہ یا مریض) اور جو کچھ آپ پوسٹ کرتے ہیں، محفوظ رکھتے ہیں۔ آپ کسی بھی وقت /mydata سے اپنا ڈیٹا ڈاؤن لوڈ کر سکتے ہیں اور /forgetme سے اسے مٹا سکتے ہیں۔
    کیا آپ متفق ہیں؟{ $style ->
        [buttons] {""}
       *[typed] {" "}ہاں یا نہیں لکھیں۔
    }
conversation-consent-yes = ✓ جی ہاں، میں متفق ہوں
conversation-consent-no = جی نہیں، شکریہ
conversation-skip = چھوڑیں
conversation-cancel = ✖ منسوخ کریں
conversation-pick-one =
    { $style ->
        [buttons] براہ کرم کوئی ایک بٹن دبائیں، یا رکنے کے لیے /cancel بھیجیں۔
       *[typed] براہ کرم دکھائے گئے نمبروں میں سے کوئی ایک لکھیں، یا رکنے کے لیے /cancel لکھیں۔
    }
conversation-idea-offer =
    کیا آپ اسے تجویز کے طور پر پوسٹ کرنا چاہیں گے؟ { $style ->
        [buttons] آگے بڑھنے کے لیے کوئی چیلنج منتخب کریں، یا ✖ منسوخ کریں دبائیں۔
       *[typed] آگے بڑھنے کے لیے کسی چیلنج کا نمبر لکھیں، ورنہ /cancel لکھیں۔
    }
conversation-ask-challenge =
    آپ کی تجویز کس چیلنج سے متعلق ہے؟{ $style ->
        [buttons] {""}
       *[typed] {" "}کوئی نمبر لکھیں۔
    }
conversation-challenge = { $title }
conversation-title-suggested =
    عنوان: “{ $title }”۔ { $style ->
        [buttons] اسے رکھنے کے لیے بٹن دبائیں، یا اس سے بہتر عنوان بھیجیں (زیادہ سے زیادہ 120 حروف)۔
       *[typed] اسے رکھنے کے لیے Enter دبائیں، یا اس سے بہتر عنوان لکھیں (زیادہ سے زیادہ 120 حروف)۔
    }
conversation-keep-title = ✓ یہی عنوان رکھیں
conversation-ask-body =
    ہمیں مزید بتائیں: آپ کیا بدلنا چاہیں گے، اور کیوں؟ { $style ->
        [buttons] لکھ کر بھیجیں، یا چھوڑیں دبائیں۔
       *[typed] یہاں لکھیں، یا چھوڑنے کے لیے Enter دبائیں۔
    }
conversation-ask-kind =
    کیا یہ کوئی تجویز ہے، تجربہ ہے یا اچھا طریقۂ کار؟{ $style ->
        [buttons] {""}
       *[typed] {" "}کوئی نمبر لکھیں، یا تجویز کے لیے Enter دبائیں۔
    }
conversation-similar-ask =
    { $style ->
        [buttons] اپنی تجویز کی جگہ کسی موجودہ تجویز کی حمایت کرنا چاہیں تو اسے منتخب کریں، یا پھر بھی اپنی تجویز پوسٹ کریں۔
       *[typed] اپنی تجویز کی جگہ کسی موجودہ تجویز کی حمایت کے لیے اس کا نمبر لکھیں، پھر بھی اپنی تجویز پوسٹ کرنے کے لیے پوسٹ لکھیں، یا /cancel لکھیں۔
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = پھر بھی میری تجویز پوسٹ کریں
conversation-ask-comment = تجویز #{ $id } پر اپنا تبصرہ بھیجیں۔
conversation-ask-response = { $target } کے لیے ٹیم کا جواب بھیجیں۔ لکھنے والے کو اس کی اطلاع دی جائے گی۔
conversation-ask-hide-reason = { $target } کو کیوں چھپایا جائے؟ مختصر وجہ بھیجیں؛ لکھنے والا اسے دیکھ سکے گا۔
conversation-confirm-forget =
    اس سے آپ کا نام اور اکاؤنٹ مٹ جائیں گے۔ آپ کی تجاویز اور تبصرے باقی رہیں گے، “ایک سابق رکن” کے نام سے۔ { $style ->
        [buttons] کیا آپ کو یقین ہے؟
       *[typed] مٹانے کے لیے ہاں لکھیں؛ اپنا اکاؤنٹ رکھنے کے لیے کچھ اور لکھیں۔
    }
conversation-forget-yes = جی ہاں، میری تفصیلات مٹا دیں
update-intro = ٹیم کی طرف سے ایک اپ ڈیٹ، “{ $sprint }” میں حصہ لینے والے سب لوگوں کے لیے۔ جب تک آپ آخر میں بھیجنے کا طریقہ منتخب نہ کریں، کچھ نہیں بھیجا جائے گا۔
conversation-ask-update-title = اس کا عنوان کیا ہے؟ (زیادہ سے زیادہ 120 حروف)
conversation-ask-update-body = اب اپ ڈیٹ کا متن (زیادہ سے زیادہ 2,000 حروف)۔
conversation-ask-update-link =
    مزید معلومات کے لیے کوئی لنک (یہ https:// سے شروع ہونا چاہیے)؟ { $style ->
        [buttons] لنک بھیجیں، یا چھوڑیں دبائیں۔
       *[typed] لنک لکھیں، یا چھوڑنے کے لیے Enter دبائیں۔
    }
conversation-ask-update-welsh-title =
    جب آپ ویلش الفاظ دیتے ہیں تو ویلش پڑھنے والوں کو وہی ملتے ہیں۔ ویلش عنوان کیا ہے؟ { $style ->
        [buttons] عنوان بھیجیں، یا صرف انگریزی کے لیے چھوڑیں دبائیں۔
       *[typed] عنوان لکھیں، یا صرف انگریزی کے لیے Enter دبائیں۔
    }
conversation-ask-update-welsh-body = اور اپ ڈیٹ کا ویلش متن؟
conversation-ask-update-when =
    یہ اس طرح نظر آئے گی۔ کیا اسے ابھی “{ $sprint }” کے ہر سبسکرائبر کو بھیجا جائے، یا روک کر رکھا جائے تاکہ یہ ان کے اگلے خلاصے کے شروع میں آئے؟{ $style ->
        [buttons] {""}
       *[typed] {" "}کوئی نمبر لکھیں، یا /cancel لکھیں۔
    }
conversation-update-when =
    { $when ->
        [now] 📣 ابھی بھیجیں
       *[digest] 🗞 اگلے خلاصے کے شروع میں
    }

## /audit: what each audited action is called ($action is the key, $stored the name kept in the
## log, shown for an action this version does not know). In Urdu the line reads
## "<time> رکن <member> نے <target> <action>", so each action is the verb phrase after its object.

audit-action =
    { $action ->
        [bigidea-create] بنائی
        [bigidea-stage] کا مرحلہ طے کیا
        [challenge-create] شامل کیا
        [comment-respond] کا جواب دیا
        [export] برآمد کیا
        [export-withheld] روکی گئی اشیا سمیت برآمد کیا
        [idea-merge] ضم کیا
        [idea-stage] کا مرحلہ طے کیا
        [import] میں تجاویز درآمد کیں
        [member-ban] پر پابندی لگائی
        [member-role] کا کردار بدلا
        [member-unban] پر سے پابندی ہٹائی
        [review-approve] منظور کیا
        [review-hide] چھپایا
        [review-restore] بحال کیا
        [sprint-create] بنایا
        [sprint-stage] کا مرحلہ طے کیا
        [sprint-window] کی تاریخیں بدلیں
        [sprint-target] کے لیے جواب کا ہدف طے کیا
        [theme-add] کو ایک موضوع میں شامل کیا:
        [theme-create] بنایا
        [web-sign-in] کے طور پر اسٹاف ڈیش بورڈ میں سائن ان کیا
        [outcome-set] کا نتیجہ طے کیا
        [update-post] میں ٹیم کی اپ ڈیٹ پوسٹ کی
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = مرحلہ: { $stage }
similar-heading =
    { $count ->
        [one] ایک ملتی جلتی تجویز:
       *[other] ملتی جلتی تجاویز:
    }
