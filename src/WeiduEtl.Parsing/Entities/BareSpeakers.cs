using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// People named bare, with no title or descriptor, as the one who states a view: the subject of a verb of stating that
/// opens its clause (某某某认为，…; 某某曾指出，…) and the name in the frame 正如某某所说. Commentaries and theory pages
/// cite thinkers, writers and leaders of the past so, once each, which the rule for recurring subjects does not read.
/// A run ending in a letter that ends nouns of documents, bodies and groups (白皮书, 常委会, 古人) is no name, and a
/// name of two letters is read only with a verb of the past (某某曾指出, 某某说过) or in the frame: 文章指出 and 单位认为
/// open clauses as two-letter names do.
/// </summary>
internal static class BareSpeakers
{
    private static readonly WordIndex StatingVerbs = HanText.Longest(
        "认为", "指出", "说", "说过", "强调", "写道", "主张", "提出", "讲过", "论述", "曾说", "曾指出", "曾经说", "曾写道", "曾提出", "曾强调");
    private static readonly WordIndex PastStating = HanText.Longest("说过", "讲过", "曾说", "曾指出", "曾经说", "曾写道", "曾提出", "曾强调");
    private static readonly CharSet NounEndings = new("书会家者员部报委院局厅界刊组队社网台站人们论件章");
    /// <summary>Pupils named by their school (高中生, 研究生): 生 ends names too, so only these words are left out.</summary>
    private static readonly WordIndex Pupils = HanText.Longest("学生", "中生", "究生", "专生");
    private static readonly WordIndex FrameOpenings = HanText.Longest("正如", "诚如", "恰如");
    private static readonly WordIndex FrameEnds = HanText.Longest("所说", "所言", "所讲", "所指出", "所写", "曾说", "说过");
    /// <summary>同志 between a leader's name and the verb (某某某同志指出).</summary>
    private const string Comrade = "同志";
    private static readonly CharSet ClauseMarks = new("，。！？；：\n“”");
    private const char Once = '曾';
    private const int MinForeign = 3;
    private const int MaxForeign = 5;

    /// <summary>Whether the <paramref name="length"/> letters at <paramref name="start"/> name the one who states what follows.</summary>
    public static bool StatesView(string body, int start, int length)
    {
        var after = start + length;
        if (body.AsSpan(after).StartsWith(Comrade, StringComparison.Ordinal))
        {
            after += Comrade.Length;
        }
        if (NounEndings.Contains(body[start + length - 1]) || HanText.WordEndingAt(body, start + length, Pupils) is not null
            || HanText.WordAt(body, after, StatingVerbs) is not { } verb)
        {
            return false;
        }
        // 说 alone says only before the words it reports (某某说，…); before a word it is part of a phrase (成本少|说也得).
        if (verb.Length == 1 && HanText.IsHanAt(body, after + 1))
        {
            return false;
        }
        return length >= 3 || HanText.WordAt(body, after, PastStating) is not null;
    }

    /// <summary>
    /// Adds the names stated once at a clause's opening that no rule found (transliterated ones too: 某格尔认为, which
    /// the tables for foreign names read), and the names framed by 正如…所说.
    /// </summary>
    public static void Add(string body, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places, List<EntityMention> found)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var opens = i == 0 || ClauseMarks.Contains(body[i - 1]);
            var framed = !opens && body[i - 1] == '如' && HanText.WordEndingAt(body, i, FrameOpenings) is not null;
            if (!opens && !framed)
            {
                continue;
            }
            var length = NameLength(body, i, framed);
            if (length == 0 || !(framed ? HanText.WordAt(body, i + length, FrameEnds) is not null && !NounEndings.Contains(body[i + length - 1]) : StatesView(body, i, length))
                || Countries.At(body, i) is not null || MentionSpans.AnyOverlapping(found, i, i + length) || MentionSpans.AnyOverlapping(organisations, i, i + length)
                || MentionSpans.AnyOverlapping(places, i, i + length))
            {
                continue;
            }
            var name = body.Substring(i, length);
            // A part of a dotted name found before (某某·索伊卢 … 索伊卢强调) is that person, whom the known names add.
            if (AnyNameContains(found, name))
            {
                continue;
            }
            found.Add(new EntityMention(MentionKind.Person, name, name, null, null, i, i + length, EntityRules.SubjectName));
            i += length - 1;
        }
    }

    /// <remarks>A loop, not a lambda: a lambda capturing <paramref name="name"/> made a closure at every letter of the body.</remarks>
    private static bool AnyNameContains(List<EntityMention> found, string name)
    {
        foreach (var m in found)
        {
            if (m.Name.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static int NameLength(string body, int i, bool framed)
    {
        if (!HanText.IsHanAt(body, i))
        {
            return 0;
        }
        var surname = Surnames.SurnameLengthAt(body, i);
        if (surname > 0 && PersonNameReader.NameLengthAt(body, i) is var chinese && chinese >= 2 && chinese <= surname + 2)
        {
            // 曾 'once' reads as a given name's letter before the verb (某某|曾指出).
            return chinese == 3 && body[i + 2] == Once && HanText.WordAt(body, i + 2, PastStating) is not null ? 2 : chinese;
        }
        var foreign = ForeignNames.BareLengthAt(body, i);
        if (framed)
        {
            return 0;
        }
        // Two letters of the tables are a name only before a verb of the past (某宁|曾指出).
        return foreign is >= MinForeign and <= MaxForeign ? foreign
            : ForeignNames.IsPairAt(body, i) && HanText.WordAt(body, i + 2, PastStating) is not null ? 2 : 0;
    }
}
