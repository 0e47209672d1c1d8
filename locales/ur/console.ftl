# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    crowdsprint میں خوش آمدید، { $name }! ایسی تجاویز اور تجربات پیش کریں جن سے دیکھ بھال بہتر ہو سکے، جن سے آپ متفق ہوں ان کی حمایت کریں، اور جانیں کہ ان کا کیا بنا۔
    رجسٹر ہونے کے لیے /start لکھیں (اس میں ایک منٹ لگتا ہے)، یا آپ کیا کر سکتے ہیں یہ دیکھنے کے لیے /help لکھیں۔ باہر نکلنے کے لیے /quit لکھیں۔

## Posting an idea

console-idea-posted = شکریہ! آپ کی تجویز کا نمبر #{ $id } ہے۔ /show { $id } سے اسے دیکھیں اور دوسروں کو دکھائیں؛ دوسرے /support { $id } سے اس کی حمایت کر سکتے ہیں۔
console-idea-posted-held =
    شکریہ — آپ کی تجویز #{ $id } کے طور پر محفوظ ہو گئی ہے، لیکن جب تک ٹیم کا کوئی فرد اس کا جائزہ نہ لے لے، ہم اسے روک رہے ہیں، کیونکہ اس میں ذاتی تفصیلات ہو سکتی ہیں ({ $reasons })۔
    اس سے مریض اور ساتھی محفوظ رہتے ہیں۔ شائع ہوتے ہی آپ کو اطلاع مل جائے گی؛ آپ اب بھی اسے /show { $id } سے دیکھ سکتے ہیں۔

## The sprint team

console-exported =
    { $table ->
        [updates] برآمد شدہ ٹیم کی اپ ڈیٹس: { $count }، فائل: { $path }۔
        [responses] برآمد شدہ تبصرے (جواب کے منتظر یا جواب پا چکے): { $count }، فائل: { $path }۔
       *[ideas] برآمد شدہ تجاویز: { $count }، فائل: { $path }۔
    }
