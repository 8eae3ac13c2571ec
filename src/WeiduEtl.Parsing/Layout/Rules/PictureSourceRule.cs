using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The line that says where a piece's picture comes from (图片来源：《…画像谱》, 照片来源：区档案馆): the piece's last line,
/// printed under its text in caption type, or 图: and the paper, agency or site it was taken from (图:某某日报, 图/新华社).
/// It belongs to the piece and ends it; it never heads what follows.
/// </summary>
internal static partial class PictureSourceRule
{
    public static bool IsSource(string text) => Source().IsMatch(Punctuation.FoldTrimmed(text)) || FromOutlet().IsMatch(Punctuation.FoldTrimmed(text));

    // Only an outlet's name after a bare 图: names where the picture is from; 图:市民在…, 图:渔民在晾晒渔网, 图:新成立的合作社
    // describe it, and a particle (的, 在, 着, 了) never stands in an outlet's name.
    [GeneratedRegex(@"^(?:图|图片|照片)\s*[:/]\s*[\p{IsCJKUnifiedIdeographs}-[的在着了]]{1,10}(?:日报|晚报|早报|晨报|商报|报|新闻网|网|通讯社|社|电视台|客户端)$")]
    private static partial Regex FromOutlet();

    [GeneratedRegex(@"^(?:图片|照片|配图|插图|图)(?:来源|出处|提供)\s*:\s*\S.{0,30}$")]
    private static partial Regex Source();
}
