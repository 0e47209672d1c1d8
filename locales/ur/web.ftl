# The web board's words: the public pages anyone can read without joining a chat. Titles,
# stages, counts and the idea details come from core.ftl, as in the chats.
# Urdu (ur). Written right to left; the code adds the Unicode isolates, so no bidi control
# characters are written here.

web-site-name = crowdsprint
web-skip-link = مرکزی مواد پر جائیں
web-language = زبان
web-footer = دیکھ بھال فراہم کرنے اور حاصل کرنے والے لوگوں کی تجاویز، جنہیں لکھنے والوں نے خود شائع کیا ہے۔ تجاویز پوسٹ کرنے، ان کی حمایت کرنے اور ان پر تبصرہ کرنے کے لیے ٹیلی گرام یا ڈسکارڈ پر کسی اسپرنٹ میں شامل ہوں۔
web-breadcrumbs = آپ کہاں ہیں

## The list of sprints

web-sprints-heading = اسپرنٹ
web-sprints-intro = ہر اسپرنٹ چند سوالات پوچھتا ہے، جنہیں چیلنج کہا جاتا ہے۔ پڑھیں کہ لوگوں نے کیا تجاویز پیش کیں اور اسپرنٹ ٹیم نے انہیں کیا جواب دیا۔
web-no-sprints = ابھی پڑھنے کے لیے کوئی اسپرنٹ نہیں ہے۔

## A sprint

web-challenges-heading = چیلنج
web-themes-heading = موضوعات
web-big-ideas-heading = بڑی تجاویز
web-updates-heading = اسپرنٹ ٹیم کی طرف سے
web-theme-ideas =
    { $count ->
        [one] 1 تجویز
       *[other] { $count } تجاویز
    }
web-all-sprints = تمام اسپرنٹ

## A challenge

web-order-top = سب سے زیادہ حمایت والی
web-order-new = نئی ترین
web-order-label = تجاویز کی ترتیب
web-no-ideas = اس چیلنج میں ابھی کوئی تجویز شائع نہیں ہوئی۔
web-page = صفحہ { $page } از { $pages }
web-previous = پچھلا صفحہ
web-next = اگلا صفحہ
web-pages = صفحات

## An idea

web-supporters =
    { $count ->
        [one] 1 حمایتی
       *[other] { $count } حمایتی
    }
web-comment-count =
    { $count ->
        [one] 1 تبصرہ
       *[other] { $count } تبصرے
    }
web-comments-heading = تبصرے اور جوابات
web-no-comments = ابھی کوئی تبصرہ نہیں۔
web-response = اسپرنٹ ٹیم کا جواب
web-stage = مرحلہ: { $stage }
web-themes = موضوعات: { $themes }
web-outcome-heading = اس کا کیا بنا

## When a page cannot be shown

web-not-found-heading = صفحہ نہیں ملا
web-not-found = یہاں پڑھنے کے لیے کچھ نہیں ہے۔ ہو سکتا ہے اسے کہیں اور منتقل کر دیا گیا ہو یا کسی دوسری تجویز میں ضم کر دیا گیا ہو، یا یہ عوامی نہ ہو۔
web-error-heading = کچھ خرابی ہو گئی
web-error = معذرت، یہ صفحہ نہیں دکھایا جا سکا۔ براہ کرم ایک منٹ بعد دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو اسپرنٹ ٹیم کو یہ حوالہ بتائیں: { $reference }

## The staff dashboard (/staff): champions, moderators and admins, signed in with /web

web-sign-in-heading = اسٹاف ڈیش بورڈ میں سائن ان کریں
web-sign-in-intro = یہ لنک صرف آپ کے لیے ہے اور صرف ایک بار کام کرتا ہے۔ اس ڈیوائس پر سائن ان کرنے کے لیے بٹن دبائیں۔ آپ { $hours } گھنٹے تک سائن ان رہیں گے۔
web-sign-in-button = سائن ان کریں
web-signed-out-heading = آپ سائن آؤٹ ہو چکے ہیں
web-signed-out = اسٹاف ڈیش بورڈ استعمال کرنے کے لیے اپنی چیٹ میں بوٹ کو /web بھیجیں۔ وہ آپ کو سائن ان کا ایک لنک بھیجے گا جو صرف ایک بار، { $minutes } منٹ کے لیے کام کرتا ہے۔
web-staff-heading = اسٹاف ڈیش بورڈ
web-staff-signed-in = آپ بطور { $role } سائن ان ہیں
web-staff-sign-out = سائن آؤٹ کریں
web-staff-sprint = اسپرنٹ
web-staff-show = دکھائیں
web-staff-review-heading = جائزے کے منتظر
web-staff-awaiting-heading = جواب کے منتظر
web-staff-awaiting-count =
    { $count ->
        [one] 1 تبصرہ ٹیم کے جواب کا منتظر ہے۔
       *[other] { $count } تبصرے ٹیم کے جواب کے منتظر ہیں۔
    }
web-staff-idea = تجویز #{ $id }: { $title }
web-staff-comment = “{ $title }” پر تبصرہ c{ $id }
web-staff-waiting = { $author } · انتظار: { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] 1 منٹ
           *[other] { $count } منٹ
        }
        [hours] { $count ->
            [one] 1 گھنٹہ
           *[other] { $count } گھنٹے
        }
       *[days] { $count ->
            [one] 1 دن
           *[other] { $count } دن
        }
    }
web-staff-held = روکا گیا: اس میں ذاتی تفصیلات ہو سکتی ہیں
web-staff-approve = منظور کریں
web-staff-hide = چھپائیں
web-staff-hide-reason = چھپانے کی وجہ (لکھنے والے کو بتائی جاتی ہے)
web-staff-respond = جواب دیں
web-staff-response = آپ کا جواب (اسپرنٹ ٹیم کے جواب کے طور پر سب کو دکھایا جاتا ہے)
web-staff-done =
    { $action ->
        [approve] { $target } منظور ہو گیا۔
        [hide] { $target } چھپا دیا گیا۔ لکھنے والے کو وجہ بتا دی جائے گی۔
       *[respond] { $target } پر آپ کا جواب محفوظ ہو گیا ہے۔ شائع ہونے پر لکھنے والے کو اطلاع مل جائے گی۔
    }
web-staff-failed-heading = یہ کام نہیں ہو سکا
web-staff-stale-form = اس فارم کی مدت ختم ہو گئی ہے۔ ڈیش بورڈ پر واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
web-staff-unknown-target = ہم ایسی کسی تجویز یا تبصرے کو نہیں جانتے۔
web-staff-charts-heading = چارٹ
web-chart-activity = وقت کے ساتھ شرکت
web-chart-challenges = ہر چیلنج میں تجاویز اور حمایتی
web-chart-described = کس نے حصہ لیا
web-chart-responses = پہلے جواب تک کا وقت
web-chart-data = اس چارٹ کے پیچھے اعداد و شمار
web-chart-day = دن
web-chart-ideas = تجاویز
web-chart-comments = تبصرے
web-chart-votes = حمایت
web-chart-supporters = حمایتی
web-chart-people = افراد
web-chart-challenge = چیلنج
web-chart-describes = اپنی پہچان
web-chart-wait = انتظار کا وقت
web-chart-answered = جواب پانے والے تبصرے
web-wait-band =
    { $band ->
        [day] ایک دن کے اندر
        [two-days] 1 سے 2 دن
        [five-days] 2 سے 5 دن
        [ten-days] 5 سے 10 دن
       *[more] 10 دن سے زیادہ
    }
web-staff-downloads = ڈاؤن لوڈ
web-staff-download =
    { $table ->
        [updates] ٹیم کی اپ ڈیٹس
        [responses] ہر تبصرے کا جواب کے لیے انتظار
       *[ideas] اسپرنٹ کی تجاویز اور تبصرے
    } ({ $format ->
        [csv] CSV، اسپریڈشیٹ کے لیے
       *[json] JSON
    })

## Taking part from the board

web-join-telegram = ٹیلی گرام پر اس کی حمایت کریں یا تبصرہ کریں
