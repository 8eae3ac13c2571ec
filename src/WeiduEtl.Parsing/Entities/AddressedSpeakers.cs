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
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote is { Person: null, Speaker: { } speaker } && Named(body, speaker, quote.AttributionEnd, people) is { } person)
            {
                quotes[k] = quote with { Speaker = person.Name, Person = person, Rule = EntityRules.QuoteAddressNamed };
            }
        }
    }

    /// <summary>The latest person named before <paramref name="before"/> that the form of address <paramref name="speaker"/> stands for, or null.</summary>
    private static EntityMention? Named(string body, string speaker, int before, List<EntityMention> people)
    {
        if (SurnameAndPost(speaker) is { } byPost)
        {
            return Latest(people, before, byPost.Surname, byPost.Post);
        }
        if (AddressForms.LengthAt(speaker, 0) != speaker.Length || HanText.WordEndingAt(speaker, speaker.Length, Anonymous) is not null)
        {
            return null;
        }
        var familiar = speaker.Length == 2 && speaker[0] is '老' or '小' && Surnames.IsSurname(speaker[1]);
        var surname = familiar ? speaker[1..] : speaker[..Surnames.SurnameLengthAt(speaker, 0)];
        var post = familiar ? null : HanText.WordEndingAt(speaker, speaker.Length, Posts);
        return Latest(people, before, surname, post) ?? (post is null ? NameBeforeHonorific(body, surname, before, people) : null);
    }

    /// <summary>The latest person named before <paramref name="before"/> with the surname, and holding the post when one is given.</summary>
    private static EntityMention? Latest(List<EntityMention> people, int before, string surname, string? post)
    {
        EntityMention? named = null;
        foreach (var p in people)
        {
            if (p.CharEnd <= before && p.Name.Length > surname.Length && p.Name.StartsWith(surname, StringComparison.Ordinal)
                && (post is null || (p.Title?.Contains(post, StringComparison.Ordinal) ?? false)) && (named is null || p.CharStart > named.CharStart))
            {
                named = p;
            }
        }
        return named;
    }

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
