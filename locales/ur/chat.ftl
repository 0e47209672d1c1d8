# Words the chat bots share (Telegram and Discord): the buttons on idea cards, lists and the
# review queue, and the texts that go with pressing them. Button labels are short: a phone shows
# about 30 characters of a full-width button.

## Idea cards

chat-button-support = 👍 حمایت · { $count }
chat-button-supported = ✓ حمایت کی · { $count }
chat-button-comment = 💬 تبصرہ
chat-button-follow = 🔔 فالو کریں
chat-button-following = ✓ فالو کر رہے ہیں
chat-button-similar = 🔎 ملتی جلتی تجاویز
chat-button-web = 🌐 ویب پر کھولیں

## Lists of ideas

chat-list-heading =
    { $list ->
        [top] سرِفہرست تجاویز
        [new] نئی ترین تجاویز
       *[mine] آپ کی تجاویز
    } · صفحہ { $page } از { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Posting an idea

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = پھر بھی میری تجویز پوسٹ کریں
chat-idea-similar-ask = اپنی تجویز کی جگہ کسی موجودہ تجویز کی حمایت کرنا چاہیں تو اسے منتخب کریں، یا پھر بھی اپنی تجویز پوسٹ کریں۔

## Registering

chat-button-consent-yes = ✓ جی ہاں، میں متفق ہوں

## The sprint team

chat-button-approve = ✓ منظور کریں
chat-button-hide = 🙈 چھپائیں
chat-button-respond = 💬 جواب دیں
chat-review-idea-meta = { $kind } · از { $author } · { $date }

## Answers to button presses (at most 200 characters: Telegram shows them as a brief notice)

chat-callback-stale = یہ بٹن ایک پرانے پیغام کا ہے اور اب کام نہیں کرتا۔ براہ کرم کمانڈ دوبارہ بھیجیں۔
chat-callback-invalid = معذرت، یہ بٹن کام نہیں کر سکا۔ براہ کرم کمانڈ دوبارہ بھیجیں۔

## Conversations (the running bot)

chat-reg-ask-consent =
    رازداری: یہ اسپرنٹ چلانے اور آپ کو یہ بتانے کے لیے کہ تجاویز کا کیا بنا، ہم آپ کا نام، آپ کا تعارف (مثلاً عملہ یا مریض) اور جو کچھ آپ پوسٹ کرتے ہیں، محفوظ رکھتے ہیں۔ آپ کسی بھی وقت /mydata سے اپنا ڈیٹا ڈاؤن لوڈ کر سکتے ہیں اور /forgetme سے اسے مٹا سکتے ہیں۔
    کیا آپ متفق ہیں؟
chat-idea-posted = شکریہ! آپ کی تجویز کا نمبر #{ $id } ہے۔ دوسرے نیچے دیے گئے اس کے کارڈ سے اس کی حمایت کر سکتے ہیں۔
chat-idea-posted-held =
    شکریہ — آپ کی تجویز #{ $id } کے طور پر محفوظ ہو گئی ہے، لیکن جب تک ٹیم کا کوئی فرد اس کا جائزہ نہ لے لے، ہم اسے روک رہے ہیں، کیونکہ اس میں ذاتی تفصیلات ہو سکتی ہیں ({ $reasons })۔
    اس سے مریض اور ساتھی محفوظ رہتے ہیں۔ شائع ہوتے ہی آپ کو اطلاع مل جائے گی۔
chat-withdrawn = اسپرنٹ ٹیم نے یہ تجویز واپس لے لی ہے۔
chat-card-more = … باقی حصہ، تمام تبصروں کے ساتھ: میرے ساتھ نجی چیٹ میں /show { $id } بھیجیں۔
chat-no-comments = ابھی کوئی تبصرہ نہیں۔ پہلا تبصرہ کرنے کے لیے 💬 تبصرہ دبائیں۔
