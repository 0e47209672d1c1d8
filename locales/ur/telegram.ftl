# The Telegram bot's own words: the few texts that differ from the console's because Telegram
# has buttons where the console has typed commands. Everything else the bot says comes from
# chat.ftl (shared with Discord), core.ftl and errors.ftl. Button labels are short:
# a phone shows about 30 characters of a full-width button.

## Idea cards


## Lists of ideas

telegram-button-page = { $page }/{ $pages }

## Posting an idea


## Registering


## Conversations (the running bot)

telegram-text-only = میں فی الحال صرف تحریر پڑھ سکتا ہوں۔ اپنی تجویز الفاظ میں لکھ کر بھیجیں، یا آپ کیا کر سکتے ہیں یہ دیکھنے کے لیے /help بھیجیں۔
telegram-go-private = آئیے نجی چیٹ میں بات جاری رکھیں، تاکہ گروپ میں پیغامات کا ڈھیر نہ لگے۔
telegram-sent-privately = میں نے آپ کو نجی چیٹ میں جواب دیا ہے: اسے صرف آپ دیکھ سکتے ہیں۔
telegram-button-open-private = 💬 نجی چیٹ کھولیں
telegram-language-pick = آپ کون سی زبان پسند کریں گے؟
telegram-exported =
    { $table ->
        [updates] اسپرنٹ { $sprint } میں ٹیم کی اپ ڈیٹس: { $count }۔
        [responses] اسپرنٹ { $sprint } کے تبصرے جو جواب کے منتظر ہیں یا جواب پا چکے ہیں: { $count }۔
       *[ideas] { $count ->
            [one] اسپرنٹ { $sprint } کی 1 تجویز۔
           *[other] اسپرنٹ { $sprint } کی { $count } تجاویز۔
        }
    }
telegram-no-similar = ابھی کوئی ملتی جلتی تجویز نہیں۔
