using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A reader's letter is signed on its last line with where the writer lives and the writer's name, a wide space between
/// (山西太原市  刘  洪, 浙江温州市鹿城区 王某某). It ends the letter: a line of it, never the kicker of the letter after it,
/// even set in bold type larger than the text (not in headline type: a portrait may be titled with a place and a name).
/// </summary>
internal static partial class ReaderSignatureRule
{
    /// <summary>The last letters of a place's name: a second place (新乡市 卫辉市) is no writer.</summary>
    private const string AdministrativeUnits = "省市县区州旗盟镇乡村";

    public static bool IsSignature(string text)
    {
        var m = Signature().Match(Punctuation.FoldTrimmed(text));
        if (!m.Success)
        {
            return false;
        }
        var name = Punctuation.WithoutSpaces(m.Groups["name"].Value);
        return PersonNames.IsPlausible(name) && !AdministrativeUnits.Contains(name[^1], StringComparison.Ordinal);
    }

    // A place of two to twelve letters ending in an administrative unit, a space (wide in print, often one in a PDF's
    // text), a name of two to four letters, itself spaced out or not.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,11}[省市县区州旗盟镇乡村]\s+(?<name>\p{IsCJKUnifiedIdeographs}(?:\s*\p{IsCJKUnifiedIdeographs}){1,3})$")]
    private static partial Regex Signature();
}
