using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A line that opens 图为 (上图为, 照片为: "the picture shows") describes a picture, even short and unpunctuated under a
/// headline, where its shape alone would read as the subheadline.
/// </summary>
internal static partial class PictureDescriptionRule
{
    public static bool IsDescription(string text) => Opening().IsMatch(Punctuation.TrimSpaces(text));

    [GeneratedRegex(@"^(?:[上下左右中]?图|照片|图片)为\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Opening();
}
