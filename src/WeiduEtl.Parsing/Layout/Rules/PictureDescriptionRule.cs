using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A line that opens 图为 (上图为, 照片为: "the picture shows") describes a picture, even short and unpunctuated under a
/// headline, where its shape alone would read as the subheadline. So does a short line naming the scene a picture
/// shows (活动现场, 开幕仪式现场, 校园一角, 展会掠影): a caption with no verb, never a headline, which says what happened.
/// </summary>
internal static partial class PictureDescriptionRule
{
    public static bool IsDescription(string text) => Punctuation.TrimSpaces(text) is var line && (Opening().IsMatch(line) || SceneName().IsMatch(line));

    [GeneratedRegex(@"^(?:[上下左右中]?图|照片|图片)为\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Opening();

    // The scene is a place or an event; a column's name (新闻现场, 直击现场, 走进现场) is news or a reporter's going there.
    [GeneratedRegex(@"^(?!新闻|直击|聚焦|走进|走近|探访|回到|来到|深入|决战|记者)\p{IsCJKUnifiedIdeographs}{2,4}(?:现场|一角|掠影|剪影)$")]
    private static partial Regex SceneName();
}
