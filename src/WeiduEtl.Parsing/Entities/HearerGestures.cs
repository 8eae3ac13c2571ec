namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A gesture toward the one spoken to between the speaker and the verb (某书记握着村民某某的手说, 她拍着小伙子的肩膀说):
/// the person whose hand or shoulder it is hears the words; the speaker stands before the gesture, or is the subject the
/// sentence shares when the clause opens with it (…看望乡亲们，握着村民某某的手说：).
/// </summary>
internal static class HearerGestures
{
    private static readonly WordIndex Gestures = HanText.Longest(
        "握着", "握住", "拉着", "拉住", "拍着", "拍了拍", "搂着", "抚着", "抚摸着", "牵着", "攥着", "紧握");
    private static readonly WordIndex HeldParts = HanText.Longest("的手", "的双手", "的肩膀", "的肩头", "的肩", "的胳膊", "的手臂");
    private const int MaxReach = 16;

    /// <summary>Where the gesture before <paramref name="speakerEnd"/> starts, so the speaker is read before it; <paramref name="speakerEnd"/> when there is none.</summary>
    public static int SpeakerEnd(string body, int clauseStart, int speakerEnd)
    {
        if (speakerEnd - clauseStart < 4 || HanText.WordEndingAt(body, speakerEnd, HeldParts) is not { } part)
        {
            return speakerEnd;
        }
        for (var at = speakerEnd - part.Length - 1; at >= Math.Max(clauseStart, speakerEnd - MaxReach); at--)
        {
            if (HanText.WordAt(body, at, Gestures) is not null)
            {
                return at;
            }
        }
        return speakerEnd;
    }
}
