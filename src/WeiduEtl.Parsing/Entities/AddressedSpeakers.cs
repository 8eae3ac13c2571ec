using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Features introduce a person by full name and go on with a familiar form of address (进来的是老党员游文超 … 老游努努嘴；
/// 乘务员郭某某 … 郭姐说): a speaker given only as such a form is the person with that surname named before it. Forms that
/// keep a stranger unnamed (张先生, 王女士) are left as printed, and a post used as a form (李书记, 陈局长) names only a person
/// who holds that post.
/// </summary>
internal static class AddressedSpeakers
{
    private static readonly WordIndex Posts = HanText.Longest("书记", "主任", "经理", "支书", "老师", "医生");
    private static readonly WordIndex Anonymous = HanText.Longest("先生", "女士");

    public static void Name(string body, List<AttributedQuote> quotes, List<EntityMention> people)
    {
        var replaced = new List<EntityMention>();
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote is { Person: null, Speaker: { } speaker } && Named(body, speaker, quote.AttributionEnd, people) is { } person)
            {
                quotes[k] = quote with { Speaker = person.Name, Person = person, Rule = EntityRules.QuoteAddressNamed };
            }
            // A given name read as a new speaker's name (小雨|说) is the person named in full before.
            else if (quote is { Person: { Rule: EntityRules.SpeakerName } read, Speaker: { } given } && read.Name == given && GivenName(given, read.CharStart, people) is { } full)
            {
                quotes[k] = quote with { Speaker = full.Name, Person = full, Rule = EntityRules.QuoteAddressNamed };
                replaced.Add(read);
            }
        }
        // The given name is no person of its own once every quotation it spoke is the full name's.
        foreach (var read in replaced)
        {
            if (!quotes.Exists(q => ReferenceEquals(q.Person, read)))
            {
                people.Remove(read);
            }
        }
    }

    /// <summary>The latest person named before <paramref name="before"/> that the form of address <paramref name="speaker"/> stands for, or null.</summary>
    private static EntityMention? Named(string body, string speaker, int before, List<EntityMention> people)
    {
        if (Epithet(speaker))
        {
            return NamedWithEpithet(body, speaker, before, people)
                ?? (PersonInFocus.At(body, before, people, EpithetReach) is { Person: { } inFocus } ? inFocus : null);
        }
        if (DescribedAnew(body, speaker, before, people))
        {
            return null;
        }
        if (SurnameAndPost(speaker) is { } byPost)
        {
            return Latest(people, before, byPost.Surname, byPost.Post) ?? IntroducedWithPost(body, byPost.Surname, byPost.Post, before, people);
        }
        if (AddressForms.LengthAt(speaker, 0) != speaker.Length || HanText.WordEndingAt(speaker, speaker.Length, Anonymous) is not null)
        {
            return GivenName(speaker, before, people);
        }
        var familiar = speaker.Length == 2 && speaker[0] is '老' or '小' && Surnames.IsSurname(speaker[1]);
        var surname = familiar ? speaker[1..] : speaker[..Surnames.SurnameLengthAt(speaker, 0)];
        var post = familiar ? null : HanText.WordEndingAt(speaker, speaker.Length, Posts);
        return Latest(people, before, surname, post) ?? (post is null ? NameBeforeHonorific(body, surname, before, people) ?? GivenName(speaker, before, people) : null);
    }

    private const int EpithetReach = 400;
    private const int AttributionReach = 200;

    /// <summary>
    /// The form of address printed where the words are given, after a description and 的 (正在乘凉的王大妈感慨道) or a word
    /// for a kind of person (村民|陈叔|热情地告诉记者, 居民|王大妈|说): a feature brings in someone new so, not the person named
    /// before with that surname; unless, after a kind, a full name follows the form before the words (店主老陈名叫某某某，…“…”).
    /// </summary>
    private static bool DescribedAnew(string body, string speaker, int before, List<EntityMention> people)
    {
        var end = Math.Min(before, body.Length);
        var at = end > 0 ? body.LastIndexOf(speaker, end - 1, StringComparison.Ordinal) : -1;
        if (at <= 0 || end - at > AttributionReach)
        {
            return false;
        }
        return body[at - 1] == '的'
            || (PersonDescriptors.EndingAt(body, at) > 0 && !people.Exists(p => p.CharStart >= at + speaker.Length && p.CharStart < end));
    }

    /// <summary>
    /// Words for one person by age or kind that features use after the full name (九十岁的老兵某某… 老人说; 小伙子笑着说),
    /// with or without 这位: the person in focus, not a kind of speaker.
    /// </summary>
    private static readonly WordIndex Epithets = HanText.Longest(
        "老人", "老人家", "老汉", "老太太", "老大爷", "老奶奶", "老爷爷", "小伙", "小伙子", "姑娘", "小姑娘");

    /// <summary>
    /// The latest person printed with the epithet right after the name (九旬老人某某 … 某某老人骑车回来 … “…”老人说), within
    /// reach: whoever else the paragraph quotes in between, the epithet goes on meaning that person.
    /// </summary>
    private static EntityMention? NamedWithEpithet(string body, string speaker, int before, List<EntityMention> people)
    {
        var epithet = speaker[(HanText.WordAt(speaker, 0, OnePerson)?.Length ?? 0)..];
        EntityMention? named = null;
        foreach (var p in people)
        {
            if (p.CharEnd <= before && before - p.CharEnd <= EpithetReach && string.CompareOrdinal(body, p.CharEnd, epithet, 0, epithet.Length) == 0
                && (named is null || p.CharStart > named.CharStart))
            {
                named = p;
            }
        }
        return named;
    }

    private static readonly WordIndex OnePerson = HanText.Longest("这位", "这名", "这个");

    private static bool Epithet(string speaker)
    {
        var start = HanText.WordAt(speaker, 0, OnePerson)?.Length ?? 0;
        return HanText.WordAt(speaker, start, Epithets) is { } word && start + word.Length == speaker.Length;
    }

    /// <summary>
    /// A feature goes on with the given name alone (青年农民某小雨… 小雨说): a speaker of two letters that ends the
    /// full name of the latest person named before with a one-letter surname is that person.
    /// </summary>
    private static EntityMention? GivenName(string speaker, int before, List<EntityMention> people)
    {
        if (speaker.Length != 2 || !SpeakerReader.IsAllHan(speaker))
        {
            return null;
        }
        EntityMention? named = null;
        foreach (var p in people)
        {
            if (p.CharEnd <= before && p.Name.Length == 3 && p.Name.EndsWith(speaker, StringComparison.Ordinal) && Surnames.SurnameLengthAt(p.Name, 0) == 1
                && (named is null || p.CharStart > named.CharStart))
            {
                named = p;
            }
        }
        return named;
    }

    /// <summary>
    /// The latest paragraph before <paramref name="before"/>, within reach, that opens by introducing a name with the
    /// surname and says in that sentence what the person is (某某，福州人，是一名中学老师。… 某老师说): the person the post
    /// names, now a person mention.
    /// </summary>
    private static EntityMention? IntroducedWithPost(string body, string surname, string post, int before, List<EntityMention> people)
    {
        for (var at = Math.Min(before, body.Length) - 1; at >= 0 && before - at <= EpithetReach; at--)
        {
            if ((at > 0 && body[at - 1] != '\n') || !body.AsSpan(at).StartsWith(surname, StringComparison.Ordinal))
            {
                continue;
            }
            var length = PersonInFocus.IntroducedName(body, at, before);
            var sentenceEnd = QuoteAttributor.ReadingEnd(body, at);
            if (length > 0 && body.AsSpan(at + length, sentenceEnd - at - length).Contains(post, StringComparison.Ordinal))
            {
                return people.Find(p => p.CharStart == at && p.CharEnd == at + length) ?? SpeakerReader.NewSpeaker(body, at, at + length, people).Person;
            }
        }
        return null;
    }

    /// <summary>The latest person named before <paramref name="before"/> with the surname, and holding the post when one is given.</summary>
    private static EntityMention? Latest(List<EntityMention> people, int before, string surname, string? post)
    {
        EntityMention? named = null;
        foreach (var p in people)
        {
            if (p.CharEnd <= before && p.Name.Length > surname.Length && p.Name.StartsWith(surname, StringComparison.Ordinal)
                && (post is null || HoldsPost(p.Title, post)) && (named is null || p.CharStart > named.CharStart))
            {
                named = p;
            }
        }
        return named;
    }

    /// <summary>Whether the title holds the post a form of address names: 医生 a 医师, 老师 a 教师 or 教授, as people are addressed.</summary>
    private static bool HoldsPost(string? title, string post) =>
        title is not null && (title.Contains(post, StringComparison.Ordinal) || PostsAddressedAs.Any(a => a.Post == post && title.Contains(a.Title, StringComparison.Ordinal)));

    private static readonly (string Post, string Title)[] PostsAddressedAs = [("医生", "医师"), ("老师", "教师"), ("老师", "教授")];

    /// <summary>
    /// A surname and a post of two letters or more used as a form of address (陈局长, 欧阳院长, 王县长), beyond the
    /// everyday forms; it names only a person with that surname who holds the post.
    /// </summary>
    private static (string Surname, string Post)? SurnameAndPost(string speaker)
    {
        var surname = Surnames.SurnameLengthAt(speaker, 0);
        return surname > 0 && speaker.Length - surname >= 2 && TitleLexicon.TitleAt(speaker, surname) == speaker.Length - surname
            ? (speaker[..surname], speaker[surname..]) : null;
    }

    /// <summary>
    /// A full name printed with an honorific after it (司机邹某某师傅, 乘务员郭某某大姐) that no title introduced, the latest
    /// before <paramref name="before"/>: the person the familiar form stands for, now a person mention.
    /// </summary>
    private static EntityMention? NameBeforeHonorific(string body, string surname, int before, List<EntityMention> people)
    {
        if (body.Length == 0)
        {
            return null;
        }
        for (var at = body.LastIndexOf(surname, Math.Clamp(before - 1, 0, body.Length - 1), StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : body.LastIndexOf(surname, at - 1, StringComparison.Ordinal))
        {
            var length = PersonNameReader.NameLengthAt(body, at);
            if (length > surname.Length && at + length < before && AddressForms.HonorificAt(body, at + length) is not null && !MentionSpans.AnyOverlapping(people, at, at + length))
            {
                var name = body.Substring(at, length);
                var mention = new EntityMention(MentionKind.Person, name, name, null, null, at, at + length, EntityRules.SpeakerName);
                people.Add(mention);
                return mention;
            }
        }
        return null;
    }
}
