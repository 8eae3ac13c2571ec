namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The writer speaking in the first person (我问老乡：“…”; “…”我说。; 我们问道): the speaker is 我 or 我们 as printed,
/// and the byline says who that is. Not 我 as the object of a preposition (他对我说), in 自我, or a body (我国, 我市).
/// </summary>
internal static class WriterSpeaker
{
    private static readonly WordIndex Forms = HanText.Longest("我", "我们");
    private static readonly CharSet NotSubjectBefore = new("跟和与对给向让被把同随帮替为陪请找的自");
    private static readonly CharSet BodiesAfter = new("国省市区县乡镇村校院所局部厅委会司厂");

    /// <summary>我 or 我们 right before the verb, or opening the clause before a phrase of manner (我一边走一边问), or null.</summary>
    public static string? Before(string body, int clauseStart, int speakerEnd)
    {
        if (HanText.WordEndingAt(body, speakerEnd, Forms) is { } form && speakerEnd - form.Length >= clauseStart
            && (speakerEnd - form.Length == clauseStart || !NotSubjectBefore.Contains(body[speakerEnd - form.Length - 1])))
        {
            return form;
        }
        return At(body, clauseStart) is { } opening && clauseStart + opening.Length <= speakerEnd ? opening : null;
    }

    /// <summary>我 or 我们 as the subject starting at <paramref name="index"/> (我还记得…), or null.</summary>
    public static string? At(string body, int index) =>
        HanText.WordAt(body, index, Forms) is { } form && (index + form.Length >= body.Length || !BodiesAfter.Contains(body[index + form.Length])) ? form : null;
}
