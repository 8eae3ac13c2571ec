using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Names read as a surname and one or two letters that are really common words (纪念日, 关注, 商量好, 曾明确): a
/// dictionary word not tagged as a person name is not taken, and a name whose last letter opens a common verb with
/// the letter after it (宁全|随同 read as 宁全随) is cut back when the shorter name stands alone elsewhere or leaves the
/// verb whole before a predicate.
/// </summary>
internal static class DictionaryWordNames
{
    /// <summary>Rules that read a name by a surname and the letters after it, with nothing but the context to stop them.</summary>
    private static readonly HashSet<string> LetterReadRules = new(StringComparer.Ordinal)
    {
        EntityRules.TitleName, EntityRules.DescriptorName, EntityRules.EpithetName, EntityRules.NameTitle, EntityRules.SubjectName,
    };

    /// <summary>A two-letter name as common as this is a word (代表, 关注, 文章); 金花 and 江河, names as well, are rarer.</summary>
    private const int MinTwoLetterWord = 1000;
    /// <summary>Three-letter words are seldom names at any frequency (纪念日, 纪念碑).</summary>
    private const int MinThreeLetterWord = 50;
    /// <summary>A surname and first letter making a common word (商量|好, 毕业|后, 游行|中).</summary>
    private const int MinHeadWord = 500;
    /// <summary>A given name that is a very common verb or adverb (曾|明确): 解放 and 永远 as given names are rarer than this.</summary>
    private const int MinGivenWord = 5000;
    /// <summary>A verb or preposition that the name's last letter opens with the next one (随同, 获悉).</summary>
    private const int MinSwallowedWord = 200;

    /// <summary>Nouns and verbs (商量, 毕业); 高兴 of 高兴华 is tagged otherwise, and such names stay.</summary>
    private static readonly HashSet<string> HeadTags = new(StringComparer.Ordinal) { "n", "v", "vn" };
    private static readonly HashSet<string> GivenTags = new(StringComparer.Ordinal) { "v", "ad", "d", "p", "c" };
    private static readonly HashSet<string> SwallowedTags = new(StringComparer.Ordinal) { "v", "vn", "ad", "d", "p", "c" };
    /// <summary>
    /// Words of a spot (楼下, 院里, 楼上; jieba's tag s): after a descriptor (居民|楼下) they say where, and no name is one, so a
    /// rarer one than <see cref="MinTwoLetterWord"/> is a word too.
    /// </summary>
    private const string LocativeTag = "s";
    private const int MinLocativeWord = 300;
    /// <summary>Place words (江河, 王国 of 王国华, 苏东坡 too) are names often enough to be left to other rules.</summary>
    private const string PlaceTag = "ns";

    public static void Apply(string body, List<EntityMention> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var m = found[k];
            var name = m.Name;
            if (name.Length is < 2 or > 3 || !LetterReadRules.Contains(m.Rule) || !HanText.IsHan(name[0]) || !HanText.IsHan(name[^1]))
            {
                continue;
            }
            var nameEnd = m.Text.EndsWith(name, StringComparison.Ordinal) ? m.CharEnd : -1;
            var introduced = m.Rule is EntityRules.TitleName or EntityRules.DescriptorName;
            if (IsWord(body, name, introduced ? nameEnd : -1) || (name.Length == 3 && HanText.Occurrences(body, name) == 1 && (HeadIsWord(name) || GivenIsWord(name)))
                || (name.Length == 3 && GivenIsCommonNoun(name)))
            {
                found.RemoveAt(k);
            }
            else if (name.Length == 3 && nameEnd > 0 && SwallowedVerb(body, name, nameEnd))
            {
                found[k] = m with { Text = m.Text[..^1], Name = name[..2], CharEnd = m.CharEnd - 1 };
            }
        }
    }

    private static bool IsWord(string body, string name, int speechEnd)
    {
        if (CommonWords.Find(name) is not { } word || word.Tag == PlaceTag)
        {
            return false;
        }
        if (name.Length == 3)
        {
            return word.Frequency >= MinThreeLetterWord;
        }
        // 所长明明说: a word-like name that a title or descriptor introduced and that speaks is a person; a subject
        // alone that speaks (文章强调) is not.
        return (word.Frequency >= MinTwoLetterWord || (word.Tag == LocativeTag && word.Frequency >= MinLocativeWord))
            && (speechEnd < 0 || SpeechVerbs.After(body, speechEnd) is null);
    }

    /// <summary>
    /// A given name that is one of the commonest nouns (环境, 经济, 社会, 问题; tagged n, printed 10,000 times or more in jieba's
    /// corpus): 人|居环境 and 农|村人居环境 cut such a noun after a surname's letter however often the article repeats it, and
    /// no given name is so plain a noun; names that are also words (光明, 和平, 建国) are rarer or tagged otherwise.
    /// </summary>
    private static bool GivenIsCommonNoun(string name) =>
        CommonWords.Find(name.AsSpan(1)) is { Tag: CommonNounTag } given && given.Frequency >= MinCommonNoun;

    private const string CommonNounTag = "n";
    private const int MinCommonNoun = 10000;

    private static bool HeadIsWord(string name) =>
        CommonWords.Find(name.AsSpan(0, 2)) is { } head && head.Frequency >= MinHeadWord && HeadTags.Contains(head.Tag);

    private static bool GivenIsWord(string name) =>
        CommonWords.Find(name.AsSpan(1)) is { } given && given.Frequency >= MinGivenWord && GivenTags.Contains(given.Tag);

    /// <summary>宁全随|同 where 宁全 stands alone elsewhere in the article and 随同 is a common word.</summary>
    private static bool SwallowedVerb(string body, string name, int nameEnd)
    {
        if (nameEnd >= body.Length || !HanText.IsHan(body[nameEnd]) || HanText.Occurrences(body, name) != 1)
        {
            return false;
        }
        Span<char> pair = [name[2], body[nameEnd]];
        if (CommonWords.Find(pair) is not { } verb || verb.Frequency < MinSwallowedWord || !SwallowedTags.Contains(verb.Tag))
        {
            return false;
        }
        // 宁全|随同|调研: the shorter name leaves the verb whole with a predicate or the clause's end after it, where the
        // longer one leaves a lone letter (李志强|调研 is no 李志|强调|研).
        var after = nameEnd + 1;
        if (!HanText.IsHanAt(body, after) || (HanText.WordAt(body, after, PersonNameReader.FollowerWords)?.Length ?? 0) >= 2)
        {
            return true;
        }
        var shorter = name.AsSpan(0, 2);
        for (var at = body.AsSpan().IndexOf(shorter); at >= 0;)
        {
            if (at + 2 >= body.Length || body[at + 2] != name[2])
            {
                return true;
            }
            var rest = body.AsSpan(at + 2).IndexOf(shorter);
            at = rest < 0 ? -1 : at + 2 + rest;
        }
        return false;
    }
}
