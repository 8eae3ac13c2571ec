using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The lines a news site or e-paper reader prints around a page's text when it is copied from the screen: the article's
/// fields (来源:X 作者: 时间:2022-07-08 06:32, 发布时间: | 编辑:), the reader's controls (字号: 上一篇 下一篇, 分享到:),
/// the site's path (您当前的位置:X > Y), a bare date or weekday; and the masthead's lines such a copy keeps over the
/// page (主管主办 … 国内统一刊号:CN65-0010, the paper's name, its hotline). None of them is a kicker, headline or line
/// of an article.
/// </summary>
internal static partial class WebCopyLineRule
{
    private const int MaxValueLength = 30;

    /// <summary>True for a web copy's field line, bare date or weekday; the text comes folded.</summary>
    public static bool IsWebCopyLine(string folded) =>
        !SentenceMark().IsMatch(folded) && (BareDateOrWeekday().IsMatch(folded) || Breadcrumbs().IsMatch(folded) || HomePath().IsMatch(folded)
            || SiteStamp().IsMatch(folded) || IsFieldLine(folded) || StyleBar().IsMatch(folded));

    /// <summary>
    /// True for a line of the site's or reader's own, not of an article's fields: its path (您当前的位置:X > Y, 首页> 频道,
    /// 首页 > 本地新闻), the paper it shows (当前报纸名称:X), the day's date or weekday alone, the outlet's name with the
    /// time it posted the piece (某某日报 2019-11-30 00:38, 04-30 11:22), or that time as a field (签发时间:2008-07-11).
    /// Lines over it at the page's top are the site's too. The text comes folded.
    /// </summary>
    public static bool IsSiteLine(string folded) =>
        !SentenceMark().IsMatch(folded) && (BareDateOrWeekday().IsMatch(folded) || Breadcrumbs().IsMatch(folded) || HomePath().IsMatch(folded)
            || SitePlace().IsMatch(folded) || SiteStamp().IsMatch(folded) || PostingStamp().IsMatch(folded));

    /// <summary>True for the outlet's name and the time it posted the piece (某某日报 2019-11-30 00:38). The text comes folded.</summary>
    public static bool IsSiteStamp(string folded) => SiteStamp().IsMatch(folded);

    /// <summary>
    /// True for a site's tag of where the piece comes from (原创, 转载): the site's own beside its stamp or field line,
    /// though alone the word may be a printed page's. The text comes folded.
    /// </summary>
    public static bool IsCopyTag(string folded) => CopyTag().IsMatch(folded);

    /// <summary>
    /// True for a site's channel over a copied piece (本地新闻, 县域新闻 某县, 某市新闻): a short name of news and at most
    /// one short word after it (the sub-channel's place). Only on a copied page's top is it the site's: a printed page may
    /// set such a name as a kicker. The text comes folded.
    /// </summary>
    public static bool IsChannelName(string folded) => ChannelName().IsMatch(folded);

    /// <summary>
    /// True for a masthead line: furniture, but the paper's own print (a PDF sets it too), so it stays in the page's
    /// flow where the web copy's lines are taken out. The text comes folded.
    /// </summary>
    public static bool IsMastheadLine(string folded) => !SentenceMark().IsMatch(folded) && (Masthead().IsMatch(folded) || IsLinksBar(folded));

    /// <summary>
    /// True for a line of an e-paper reader's controls alone (首页, 版面导航, 3上一版  下一版4, 上一篇 2015年7月20日 放大 缩小
    /// 默认, 展开通版, 新闻搜索:, 关闭): every word is a control, an arrow or the day's date, and one at least is a control
    /// that moves or leaves the page, not only one that sizes the text. Page furniture, kept in the page's flow: it
    /// parts the reader's list of the page's headlines from the head of the piece it shows. The text comes folded.
    /// </summary>
    public static bool IsReaderControlLine(string folded)
    {
        // A control may be printed letter-spaced (搜 索).
        var joined = Punctuation.WithoutSpaces(folded);
        if (joined.Length <= MaxLetterSpacedControl && ReaderControl().IsMatch(ControlWord(joined)))
        {
            return true;
        }
        var movesOrLeaves = false;
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var control = ControlWord(word);
            if (ReaderControl().IsMatch(control))
            {
                movesOrLeaves = true;
            }
            else if (control.Length > 0 && !DateWord().IsMatch(word) && !SizeControl().IsMatch(control))
            {
                return false;
            }
        }
        return movesOrLeaves;
    }

    // The reader's arrows are glyphs of a symbol font that a copy turns into 3 and 4 (3上一版  下一版4), or are printed as
    // arrows and angle marks; a field's colon may follow the control (新闻搜索:).
    private static string ControlWord(string word) => word.Trim('3', '4', '◀', '▶', '←', '→', '<', '>', '«', '»', '|', ':');

    /// <summary>
    /// A site's bar of links to its papers and channels (平顶山新闻网  平顶山日报  平顶山晚报, 某州网 东南早报 某州商报 今日某区
    /// 旧版入口): words apart, two or more of them names of papers or sites, the others a reader's control, or one more name
    /// where three papers or sites are named: a headline set in words apart may name two outlets and what they do (人民日报
    /// 新华网 点赞某区).
    /// </summary>
    private static bool IsLinksBar(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => w.Length > MaxLinkLength || !w.All(Punctuation.IsHan)))
        {
            return false;
        }
        var media = words.Count(w => MediaName().IsMatch(w));
        var controls = words.Count(w => ReaderControl().IsMatch(w));
        return media >= MinLinks && media + controls >= words.Length - (media > MinLinks ? 1 : 0);
    }

    private const int MinLinks = 2;

    private const int MaxLinkLength = 8;

    private const int MaxLetterSpacedControl = 8;

    /// <summary>
    /// True for a field's label printed alone (发布时间:, | 来源:): a copy that breaks each field over two lines prints the
    /// value on the next line.
    /// </summary>
    public static bool AwaitsValue(string text) => LabelAlone().IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>True for a short line that can be a field's value (长治日报, 张瑜, 2019-03-03): no clause mark, few words.</summary>
    public static bool CanBeValue(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        return folded.Length is > 0 and <= 16 && !SentenceMark().IsMatch(folded) && !folded.Contains(':', StringComparison.Ordinal);
    }

    // Every field of the line is a web copy's own: the line opens with a field or a date and time, and each field's value
    // is short. One field alone counts only if its label is the reader's or site's own (字号, 版面, 发布时间, 分享到) or its
    // value is a numeric date (日期:12-06) or ends in the site's time stamp (来源:某报2025-08-22 09:50); a lone 时间:3月5日
    // or 来源:X may be a line of a notice or an article's end.
    private static bool IsFieldLine(string folded) => FieldLine(folded) == true;

    /// <summary>
    /// True for a line of fields alone whose every value is short, though one field alone (来源:某报, 作者:X) is no
    /// web copy's line by itself: beside the copy's own lines it is one of them. A field that credits a reporter (来源:某报
    /// 记者 X) is a byline's. The text comes folded.
    /// </summary>
    public static bool IsAnyFieldLine(string folded) =>
        !SentenceMark().IsMatch(folded) && !folded.Contains("记者", StringComparison.Ordinal) && !folded.Contains("通讯员", StringComparison.Ordinal)
        && !UndatedTimeField().IsMatch(folded) && FieldLine(folded) is not null;

    // 时间:最公正的见证者: a time or date label with no day or hour after it is a headline's wording, not the copy's field.
    [GeneratedRegex(@"^[\s|" + FieldBullets + @"]*(?:时间|日期)\s*:[^0-9月日时点]*$")]
    private static partial Regex UndatedTimeField();

    // Null where the line is no line of fields; else whether it is the copy's by itself.
    private static bool? FieldLine(string folded)
    {
        var fields = Field().Matches(folded);
        if (fields.Count == 0)
        {
            return null;
        }
        var lead = folded[..fields[0].Index];
        if (!LeadBeforeFields().IsMatch(lead))
        {
            return null;
        }
        var strong = lead.Trim(LeadSeparators).Length > 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var end = f + 1 < fields.Count ? fields[f + 1].Index : folded.Length;
            var valueStart = fields[f].Index + fields[f].Length;
            var value = SiteAddress().Replace(ReaderControls().Replace(folded[valueStart..end], " "), " ").Trim(' ', '|');
            if (value.Length > MaxValueLength)
            {
                return null;
            }
            var label = fields[f].Groups["label"].Value;
            strong |= fields.Count > 1 || value.Length == 0 || SiteLabel().IsMatch(label) || (DateLabel().IsMatch(label) && NumericDate().IsMatch(value))
                || StampedTime().IsMatch(value);
        }
        return strong;
    }

    // The labels of the site's own fields, as against an article's (来源, 作者, 编辑): where the page was taken from, when
    // it was posted, the reader's page, counters and the visitor's place on the site.
    private const string SiteLabelWords = "本文转自|本文转载自|转载自|转自|本文来源|文章来源|发布时间|发布日期|发表时间|更新时间|签发时间|签发日期|发文日期|版面|当前版面|当前版|当前报纸名称|报纸名称|字号|点击次数|点击数|点击量|浏览次数|浏览量|阅读次数|阅读量|分享到|索引号|发布机构|您现在所在的位置|您现在的位置|您所在的位置|您当前的位置|您当前位置|您的位置|当前位置|字体";

    // A web copy's field labels. 记者 is left out: 记者:X is a byline that credits its reporter. A repost's note of where
    // it was taken from (本文转自:某报) is the site's field, as its own 本文来源 is.
    [GeneratedRegex(@"(?<label>" + SiteLabelWords + @"|消息来源|信息来源|来源|稿源|作者|时间|日期|责任编辑|编辑|责编)\s*:")]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:" + SiteLabelWords + ")$")]
    private static partial Regex SiteLabel();

    [GeneratedRegex(@"^(?:时间|日期)$")]
    private static partial Regex DateLabel();

    // What may stand before the first field: nothing, a bar or a list's bullet (• 发布日期:…, each field an item of the
    // site's list), or the piece's date and time (2021-12-25 14:53, 2015年03月21日 11:23).
    [GeneratedRegex(@"^[\s|" + FieldBullets + @"]*(?:(?:(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)[\s|]*)?$")]
    private static partial Regex LeadBeforeFields();

    /// <summary>The bullets a site may set before each field it lists (• 发布日期:…).</summary>
    private const string FieldBullets = "•●▪◆";

    /// <summary>What may stand before the first field without being the piece's date: spaces, bars and the bullets.</summary>
    private static readonly char[] LeadSeparators = [' ', '|', .. FieldBullets];

    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}[-/.])?[0-9]{1,2}[-/.][0-9]{1,2}(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex NumericDate();

    // A date in figures alone on its line (2021-08-20, 2026/01/25 09:30, or day first as a site set up abroad prints it:
    // 11.04.2015 08:40), a month and day with the clock time a site's list stamps a post with (04-30 11:22), or a weekday
    // alone (星期日).
    [GeneratedRegex(@"^(?:(?:(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2})(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{1,2}[-/][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}|(?:星期|周)[一二三四五六日天])$")]
    private static partial Regex BareDateOrWeekday();

    // A masthead: its legal line, with the registration number (国内统一刊号:CN65-0010, CN11-0065) or the postal code
    // number, the paper's name alone on its line (某某晚报), or its hotline (新闻热线 0891-1234567), as a copy of the
    // e-paper prints them over the page.
    [GeneratedRegex(@"(?:统一刊号|国内刊号|邮发代号)\s*:|\bCN\s*[0-9]{2}\s*-\s*[0-9]{4}|^\p{IsCJKUnifiedIdeographs}{2,8}(?:日报|晚报|早报|晨报|都市报|商报)$|^(?:新闻|报料|读者|服务|订阅)?热线(?:电话)?\s*:?\s*[0-9][0-9()-]{6,}$")]
    private static partial Regex Masthead();

    [GeneratedRegex(@"^(?:您现在所在的位置|您现在的位置|您所在的位置|您当前的位置|您当前位置|您的位置|当前位置|当前报纸名称|报纸名称)\s*:")]
    private static partial Regex SitePlace();

    // A date and clock time in figures, as a site stamps what it posts (2025-08-22 09:50).
    [GeneratedRegex(@"(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")]
    private static partial Regex StampedTime();

    // A site's path to the page: three or more short steps joined by > or its typographic angle marks › and » (首页>
    // 地方频道> 头条 > 正文, 首页 ›› 本地 ›› 正文).
    [GeneratedRegex(@"^[^>›»\s]{1,12}(?:\s*[>›»]{1,2}\s*[^>›»]{1,12}?){2,}$")]
    private static partial Regex Breadcrumbs();

    // A path from the site's home with one step or more (首页 > 本地新闻, 首页 新闻中心> 本市时政): the home names it a
    // path where two steps alone would not. The steps may be joined by › or » as well (首页 ›› 某区新闻).
    [GeneratedRegex(@"^(?:网站首页|首页|主页)(?=[^>›»]*[>›»])(?:\s*[>›»]{1,2}\s*|\s+)[^>›»\s]{1,12}(?:\s*[>›»]{1,2}\s*[^>›»\s]{1,12})*$")]
    private static partial Regex HomePath();

    // The outlet's name, or its app's or column's, and the time it posted the piece, as a site stamps it under or over
    // the title (某某日报 2019-11-30 00:38, 某某新闻 2025-08-19 15:50, 发布时间 2024-06-01 10:00); never a reporter's credit
    // (本报记者 某某 …) or the time of an event a notice sets (报名截止 …, 开考时间 …): only the site posts and updates.
    // A paper's own name (某某日报, 某某晚报) may stand with the day alone, as an e-paper's reader heads the piece it
    // shows (某某日报 2025-08-12); the reader's text-size switch may close the stamp (… 07:02 大字). A credit of where the
    // text was taken from (转自某某日报 2025-08-12, 据某某晚报 …) names its paper, not the site.
    [GeneratedRegex(@"^(?!.*(?:记者|通讯员|作者))(?!转自|转载自|摘自|选自|来自|据)(?:\p{IsCJKUnifiedIdeographs}{2,12}(?<!截止|开始|结束)(?<!(?<!发布|更新|发表|录入|签发)(?:时间|日期))(?:\s+\p{IsCJKUnifiedIdeographs}{1,8})?\s+(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\p{IsCJKUnifiedIdeographs}{2,10}(?:日报|晚报|早报|晨报|商报|都市报)\s+(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)(?:\s+[大中小]字)?$")]
    private static partial Regex SiteStamp();

    // The time the site posted or signed off the piece, as a field of its own (发布时间:2024-06-01 10:00, 签发时间:2008-07-11).
    [GeneratedRegex(@"^(?:发布|更新|发表|录入|签发)(?:时间|日期)\s*:\s*(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex PostingStamp();

    // The reader's bar that sets the text's size, face or background ([字号:大 中 小], 字体: T T, [字号: | | [背景色 杏仁黄
    // 秋叶褐 灰): the label, bracketed or not, then the choices alone, each a short word between spaces, bars or brackets.
    [GeneratedRegex(@"^\[?\s*(?:字号|字体|背景色|背景颜色)\s*:(?>[\s\[\]|()]+|[^\s\[\]|():,;。!?“”]{1,8}(?![^\s\[\]|():,;。!?“”]))*$")]
    private static partial Regex StyleBar();

    // A site's tag of where the piece comes from, alone on its line (原创, 转载).
    [GeneratedRegex(@"^(?:原创|转载)$")]
    private static partial Regex CopyTag();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}新闻(?:\s+\p{IsCJKUnifiedIdeographs}{1,4})?$")]
    private static partial Regex ChannelName();

    [GeneratedRegex(@"上一篇|下一篇|上一版|下一版|返回目录|打印|关闭")]
    private static partial Regex ReaderControls();

    // The site's own address, which a copy may print after its time stamp (来源:某报 2020-08-06 07:48  https://www.…/).
    [GeneratedRegex(@"\s*https?://\S*\s*$")]
    private static partial Regex SiteAddress();

    // A reader's control that moves through the paper or leaves the page (首页, 上一版, 版面导航, 展开通版, 新闻搜索, 关闭).
    [GeneratedRegex(@"^(?:首页|返回首页|返回目录|返回顶部|上一篇|下一篇|上一版|下一版|上一期|下一期|往期回顾|版面导航|版面目录|标题导航|本版目录|展开通版|收缩通版|通版阅读请点击|通版阅读|新闻搜索|搜索|旧版入口|关闭|打印本页|打印)$")]
    private static partial Regex ReaderControl();

    // The reader's controls that only size the text: with a moving control they are its bar, alone they may be a word.
    [GeneratedRegex(@"^(?:放大|缩小|默认|字号|大|中|小)$")]
    private static partial Regex SizeControl();

    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:星期|周)[一二三四五六日天])$")]
    private static partial Regex DateWord();

    // The name of a paper, site or broadcaster (某某日报, 某某晚报, 某某新闻网, 某州网, 某某客户端); a grid (国家电网, 南方电网)
    // or a net (物联网, 天网) is none.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}(?:日报|晚报|早报|晨报|商报|都市报|新闻网|(?<![电联天渔法])网|客户端|电视台|广播电视台)$")]
    private static partial Regex MediaName();

    [GeneratedRegex(@"^[|\s]*(?:本文来源|文章来源|来源|稿源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|责编|版面|当前版|字号|分享到)\s*:\s*$")]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"[,。;!?“”]")]
    private static partial Regex SentenceMark();
}
