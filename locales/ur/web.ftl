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

## When a page cannot be shown

web-not-found-heading = صفحہ نہیں ملا
web-not-found = یہاں پڑھنے کے لیے کچھ نہیں ہے۔ ہو سکتا ہے اسے کہیں اور منتقل کر دیا گیا ہو یا کسی دوسری تجویز میں ضم کر دیا گیا ہو، یا یہ عوامی نہ ہو۔
web-error-heading = کچھ خرابی ہو گئی
web-error = معذرت، یہ صفحہ نہیں دکھایا جا سکا۔ براہ کرم ایک منٹ بعد دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو اسپرنٹ ٹیم کو یہ حوالہ بتائیں: { $reference }
