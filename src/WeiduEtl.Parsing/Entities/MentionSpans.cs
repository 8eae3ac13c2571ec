using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// How a span sits among mentions already found. Plain loops, not lambdas: the finders ask at every letter of a body,
/// and a lambda that captures the loop's variables costs an allocation per letter.
/// </summary>
internal static class MentionSpans
{
    /// <summary>Whether a mention covers all of <c>[start, end)</c>.</summary>
    public static bool AnyCovering(List<EntityMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.CharStart <= start && end <= m.CharEnd)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a mention shares a letter with <c>[start, end)</c>.</summary>
    public static bool AnyOverlapping(List<EntityMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.CharStart < end && start < m.CharEnd)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a mention shares a letter with <c>[start, end)</c>, for lists passed on read-only (by index: no enumerator to allocate).</summary>
    public static bool AnyOverlapping(IReadOnlyList<EntityMention> mentions, int start, int end)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].CharStart < end && start < mentions[k].CharEnd)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first mention that ends right at <paramref name="end"/> (a place or body before a name), or null.</summary>
    public static EntityMention? EndingAt(IReadOnlyList<EntityMention> mentions, int end)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].CharEnd == end)
            {
                return mentions[k];
            }
        }
        return null;
    }

    /// <summary>Adds <paramref name="mention"/> where its start puts it among mentions in text order, after any starting at the same letter.</summary>
    public static void InsertInOrder(List<EntityMention> mentions, EntityMention mention)
    {
        var at = mentions.Count;
        while (at > 0 && mentions[at - 1].CharStart > mention.CharStart)
        {
            at--;
        }
        mentions.Insert(at, mention);
    }

    /// <summary>Puts the mentions back in text order after a finder added some out of it.</summary>
    public static void SortByStart(List<EntityMention> mentions) => mentions.Sort(static (a, b) => a.CharStart.CompareTo(b.CharStart));

    /// <summary>Removes the mentions that lie inside <c>[start, end)</c>.</summary>
    public static void RemoveInside(List<EntityMention> mentions, int start, int end)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (start <= mentions[k].CharStart && mentions[k].CharEnd <= end)
            {
                mentions.RemoveAt(k);
            }
        }
    }
}
