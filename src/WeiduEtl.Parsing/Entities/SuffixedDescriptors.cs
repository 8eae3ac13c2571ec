namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Descriptions of a person that no list holds but whose last letter says a person (评论人, 中心户, 管理人员, 看护员):
/// 人, 员, 户 and 者 end nouns of people, so a full name after one is introduced as after a listed descriptor
/// (<see cref="PersonDescriptors"/>). Only before a surname, and not after the words that end in those letters but
/// describe no one (记者 is a byline's, 或者 and 前者 are no nouns of a person, 动员 is a verb).
/// </summary>
internal static class SuffixedDescriptors
{
    private const int Length = 2;
    private const int NameLength = 3;
    private static readonly CharSet PersonLasts = new("人员户者");
    /// <summary>Letters before 者 or 员 that make a conjunction, a pronoun, a byline's noun or a verb (或者, 前者, 记者, 笔者, 动员).</summary>
    private static readonly CharSet NotBefore = new("或前后两二三再记作笔读动");

    /// <summary>Words that the last letter opens with a surname's letter (个人|权利, 人文): no name follows there.</summary>
    private static readonly WordIndex WordsAcross = HanText.Longest("人文", "人权", "人管", "员管");

    /// <summary>
    /// Length of such a description ending at <paramref name="end"/> where a full name of three letters follows (a surname
    /// and two letters; two letters after such a noun are an ordinary word as often: 人|安危) that the article prints again,
    /// as after a listed descriptor of sport and the arts: a surname and two letters after an unlisted noun are a word too
    /// often to be taken at one sight. 0 when none.
    /// </summary>
    public static int EndingAt(string text, int end) =>
        MayEndAt(text, end) && text.AsSpan(end + NameLength).IndexOf(text.AsSpan(end, NameLength), StringComparison.Ordinal) >= 0 ? Length : 0;

    /// <summary>
    /// Length of such a description ending at <paramref name="end"/> where a full name of three letters and 、 follow
    /// (侦查员甲乙丙、…): the start of a list, which the article need not print again; the caller takes it only when three
    /// full names follow (<see cref="PersonFinder"/>). 0 when none.
    /// </summary>
    public static int EndingBeforeListAt(string text, int end) =>
        MayEndAt(text, end) && end + NameLength < text.Length && text[end + NameLength] == '、' ? Length : 0;

    /// <summary>
    /// Whether such a description ends at <paramref name="end"/> before a full name of three letters: true wherever
    /// <see cref="EndingAt"/> or <see cref="EndingBeforeListAt"/> is more than 0, so one test stands for both.
    /// </summary>
    public static bool MayEndAt(string text, int end) =>
        end >= Length && end < text.Length && PersonLasts.Contains(text[end - 1]) && HanText.IsHan(text[end - 2]) && !NotBefore.Contains(text[end - 2])
        && Surnames.IsSurname(text[end]) && HanText.WordAt(text, end - 1, WordsAcross) is null && PersonNameReader.NameLengthAt(text, end) == 3;
}
