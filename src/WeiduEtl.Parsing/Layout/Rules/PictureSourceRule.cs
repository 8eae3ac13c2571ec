using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The line that says where a piece's picture comes from (图片来源：《…画像谱》, 照片来源：区档案馆): the piece's last line,
/// printed under its text in caption type. It belongs to the piece and ends it; it never heads what follows.
/// </summary>
internal static partial class PictureSourceRule
{
    public static bool IsSource(string text) => Source().IsMatch(Punctuation.FoldTrimmed(text));

    [GeneratedRegex(@"^(?:图片|照片|配图|插图|图)(?:来源|出处|提供)\s*:\s*\S.{0,30}$")]
    private static partial Regex Source();
}
