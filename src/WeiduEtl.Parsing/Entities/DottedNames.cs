using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Names of two or more parts joined by a middle dot where no title introduces them (阿卜都克尤木·肉孜家, 他和妻子
/// 阿依谢姆古丽·艾则孜还养牛): Uyghur, Kazakh and foreign names that Chinese prints with a dot. Only people's names
/// are printed that way, so the dot is the evidence; the parts are bounded by function words, titles and place endings.
/// </summary>
internal static class DottedNames
{
    private const int MaxPart = 6;
    private static readonly CharSet Dots = new("·•・‧");

    /// <summary>Letters that end the part before a dot when walking back: function words and the endings of places (…村|阿卜都克尤木).</summary>
    private static readonly CharSet LeftStops = new("的了在是和与对由从向为到把被让给据经于及或等并也还就又再而以使这那各每有要我你他她它会能可将已正均村县镇乡市区省州国族子妻夫儿女父母爷奶爸妈哥姐弟妹叔姨舅人员者");

    /// <summary>Letters that end the part after a dot: function words and the words that follow a name (…肉孜|家, …艾则孜|还).</summary>
    private static readonly CharSet RightStops = new("的了在是和与对由从向为到把被让给等并也还就又再而以使这那各每有要会能可将已正均家说讲称笑一们地得着过来去摄当成做带住拿");

    /// <summary>The dots that join the parts of a name.</summary>
    public static System.Buffers.SearchValues<char> DotChars { get; } = System.Buffers.SearchValues.Create("·•・‧");

    private static bool IsDot(char c) => Dots.Contains(c);

    /// <summary>得 of 彼得, the most common transliterated part, not the particle (…·彼得斯).</summary>
    private static bool IsPeter(string body, int at) => body[at] == '得' && at > 0 && body[at - 1] == '彼';

    /// <summary>The person whose name has its first dot at <paramref name="dot"/>, or null when the parts are not names.</summary>
    public static EntityMention? At(string body, int dot)
    {
        var start = dot;
        while (start > 0 && dot - start < MaxPart && HanText.IsHan(body[start - 1]) && !LeftStops.Contains(body[start - 1])
            && TitleLexicon.TitleAt(body, start - 1) == 0 && HanText.WordEndingAt(body, start, LeadingVerbs) is null
            && !TitleLexicon.TitleEndsAt(body, start) && PersonDescriptors.EndingAt(body, start) == 0)
        {
            start--;
        }
        var end = dot;
        var lastPartEnd = dot;
        while (end < body.Length && IsDot(body[end]))
        {
            var partEnd = end + 1;
            while (partEnd < body.Length && partEnd - end - 1 < MaxPart && HanText.IsHan(body[partEnd]) && (!RightStops.Contains(body[partEnd]) || IsPeter(body, partEnd))
                && HanText.WordAt(body, partEnd, MediaWords) is null
                && !(partEnd - end - 1 >= 2 && (TitleLexicon.TitleAt(body, partEnd) > 0 || SpeechVerbs.After(body, partEnd) is not null || HanText.WordAt(body, partEnd, FollowingWords) is not null)))
            {
                partEnd++;
            }
            // A one-letter particle between two parts (…·本·…, …·德·…, …·范·…) is the name's when a whole part follows it.
            if (partEnd - end - 1 == 1 && partEnd < body.Length && IsDot(body[partEnd]))
            {
                end = partEnd;
                continue;
            }
            if (partEnd - end - 1 < 2)
            {
                break;
            }
            end = lastPartEnd = partEnd;
        }
        end = lastPartEnd;
        // A platform and its paper before a reporter (某某云·某某日报|记者): media, joined by the dot as names are.
        if (HanText.WordAt(body, end, MediaWords) is not null)
        {
            return null;
        }
        // A one-letter first part only where a title says a name follows (司长孙·马尼翁).
        if (dot - start < 2 && !(dot - start == 1 && TitleLexicon.TitleEndsAt(body, start)) || end == dot)
        {
            return null;
        }
        var name = body[start..end];
        // Places are joined by a dot too (抚远·黑瞎子岛): their parts hold the letters of place endings.
        if (name.AsSpan().IndexOfAny(PlaceLetters) >= 0 || IsCredit(body, start, end) || IsQuotedTerm(body, start, end) || IsInWorkTitle(body, start, end))
        {
            return null;
        }
        return new EntityMention(MentionKind.Person, name, name, null, null, start, end, EntityRules.DottedName);
    }

    /// <summary>Length of the dotted name that starts right at <paramref name="index"/> (after a title), 0 when none does.</summary>
    public static int LengthFrom(string body, int index)
    {
        for (var dot = index + 1; dot < body.Length && dot - index <= MaxPart; dot++)
        {
            if (IsDot(body[dot]))
            {
                return At(body, dot) is { } person && person.CharStart == index ? person.CharEnd - index : 0;
            }
            if (!HanText.IsHan(body[dot]))
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// The parts of a dotted name printed alone for the same person later, two letters or more: the first (a Uyghur
    /// given name: 阿卜都克尤木·肉孜 → 阿卜都克尤木说; the second part is the father's name), and the last too when every
    /// letter is of the Western transliteration tables (杰克·史密斯 → 史密斯说).
    /// </summary>
    public static IEnumerable<string> Parts(string name)
    {
        var parts = name.Split(['·', '•', '・', '‧']);
        if (parts[0].Length >= 2)
        {
            yield return parts[0];
        }
        if (parts.Length > 1 && parts[^1].Length >= 2 && ForeignNames.IsTransliterated(name))
        {
            yield return parts[^1];
        }
    }

    /// <summary>
    /// A photographer's credit (库尔班江·马木提摄) or a signature that is its paragraph's last words after nothing
    /// but a bracketed note ((哈萨克斯坦)克拉拉·哈菲佐娃): credits, not mentions.
    /// </summary>
    private static bool IsCredit(string body, int start, int end)
    {
        if (end < body.Length && body[end] == '摄')
        {
            return true;
        }
        var endsParagraph = end == body.Length || body[end] == '\n' || char.IsWhiteSpace(body[end]);
        var lineStart = body.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = body.AsSpan(lineStart, start - lineStart).Trim();
        return endsParagraph && (before.IsEmpty || (before[0] is '（' or '(' && before[^1] is '）' or ')'));
    }

    /// <summary>Words that follow a medium's name, never a person's (…日报|记者, …|客户端).</summary>
    private static readonly WordIndex MediaWords = HanText.Longest("记者", "通讯员", "客户端", "融媒体", "全媒体");

    /// <summary>
    /// A slogan or a theme in quotation marks (“某某花开·某某同心”主题活动, “传承某某·赓续某某”): the dot joins its
    /// halves. The quotation holds more than the parts, or it names what follows it rather than standing for a person.
    /// </summary>
    private static bool IsQuotedTerm(string body, int start, int end)
    {
        var open = body.LastIndexOf('“', Math.Max(0, start - 1));
        var close = end < body.Length ? body.IndexOf('”', end) : -1;
        if (open < 0 || close < 0 || body.AsSpan(open + 1, start - open - 1).IndexOfAny('”', '，', '。') >= 0
            || body.AsSpan(end, close - end).IndexOfAny('“', '，', '。') >= 0)
        {
            return false;
        }
        return open + 1 < start || close > end || (HanText.IsHanAt(body, close + 1) && body[close + 1] is not ('说' or '的' or '等' or '和' or '与'));
    }

    /// <summary>
    /// Whether the dotted words stand inside a work's title marks (《词牌·题目》, 《丛书·卷名》): the dot joins a form and
    /// its title there, or a series and its volume, and names no one.
    /// </summary>
    private static bool IsInWorkTitle(string body, int start, int end)
    {
        var open = body.LastIndexOf('《', Math.Max(0, start - 1));
        var close = body.IndexOf('》', end);
        return open >= 0 && close >= 0 && body.AsSpan(open + 1, start - open - 1).IndexOfAny('》', '\n') < 0
            && body.AsSpan(end, close - end).IndexOfAny('《', '\n') < 0;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceLetters = System.Buffers.SearchValues.Create("岛湾港湖城镇县省路街园峰岭");

    /// <summary>Adverbs, time words and verbs that follow a subject (…霍克曼|甚至把它, …摩根|近日公布, …彼得斯|参加).</summary>
    private static readonly WordIndex FollowingWords = HanText.Longest([
        "甚至", "近日", "日前", "近期", "此前", "随后", "同时", "目前", "当天", "今天", "昨天", "曾经", "已经", "一直", "始终", "仍然", "认为", "指出", "强调", "透露",
        "参加", "出席", "会见", "会晤", "访问", "前往", "抵达", "来到", "主持", "发表", "宣布", "签署", "接受", "参与", "率团", "率领", "带领", "公布",
        .. SubjectVerbs.Words]);

    /// <summary>Verbs that take a person as object right before the name (看望|艾散江·麦海提).</summary>
    private static readonly WordIndex LeadingVerbs = HanText.Longest("看望", "慰问", "采访", "专访", "回访", "来到", "走进", "帮助", "邀请", "陪同",
        // Messages sent to a person (致电|某某·某某, 致函, 致信).
        "致电", "致函", "致信", "电贺",
        // A representative, as a post or as 'on behalf of', before the name (驻当地代表|安娜·卡尔松).
        "代表");
}
