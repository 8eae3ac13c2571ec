using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Entities;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A local report's headline names the place or grassroots body it comes from before a colon, and what happened there
/// after it (某某街道：…, 某县：…, 某某社区：…). A feature's 小标题 is a phrase summing up its section (一个产业：…),
/// naming no place so. The place is read from the division list: a division's name at the head (某某区某某街道, a
/// city's short name before a topic: 某市创文), a division named without its level word (某某 for 某某街道, 某某镇,
/// 某某县), or a name ending as a grassroots place or body does (…社区, …村, …法院). Not jieba's place tag: it marks
/// everyday words too (城市, 平原, 英雄, 老城区).
/// </summary>
internal static partial class PlaceLedHeadlineRule
{
    private static readonly string[] LevelWords = ["街道", "镇", "乡", "县", "市", "区"];
    private static readonly string[] PlaceEndings = ["社区", "村", "街道", "镇", "乡", "县", "区", "市", "法院", "法庭"];

    /// <summary>Letters of a name before its ending: fewer make a common word (农村, 全区), not a name.</summary>
    private const int MinNameBeforeEnding = 2;

    public static bool IsPlaceLed(string text) =>
        PlaceColonHead().Match(Punctuation.FoldTrimmed(text)) is { Success: true } head && NamesPlace(head.Groups["lead"].Value);

    private static bool NamesPlace(string lead)
    {
        var divisions = DivisionGazetteer.Shared;
        if (divisions.MatchAt(lead, 0) > 0)
        {
            return true;
        }
        foreach (var level in LevelWords)
        {
            var full = lead + level;
            if (divisions.MatchAt(full, 0) == full.Length)
            {
                return true;
            }
        }
        foreach (var ending in PlaceEndings)
        {
            if (lead.Length - ending.Length >= MinNameBeforeEnding && lead.EndsWith(ending, StringComparison.Ordinal) && !EndsKindOfPlace(lead, ending))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a one-letter ending closes an everyday word for a kind of place (智慧城市, 美丽乡村, 新农村, 产业园区): a
    /// feature's 小标题 names a kind so; after a name's last letter (石桥村, 城关镇) the ending makes no word of the dictionary.
    /// </summary>
    private static bool EndsKindOfPlace(string lead, string ending) =>
        ending.Length == 1 && CommonWords.Find(lead.AsSpan(lead.Length - 2)) is not null;

    // The head: a name of Han letters, the colon, and a phrase that ends no sentence and holds no second colon.
    [GeneratedRegex(@"^(?<lead>\p{IsCJKUnifiedIdeographs}{2,10}):(?<rest>[^:。.!?;]{4,30})$")]
    private static partial Regex PlaceColonHead();
}
