namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A story's head under a rule as wide as the story: papers rule off each story over the columns it takes, and set
/// its kicker and headline flush left under the rule, often narrower than those columns. Each display frame of the
/// head (the frames in display type between the rule and the story's first text or picture) is taken as wide as the
/// rule, so the reading order keeps the story's columns under it and an article runs on in all of them, when the
/// white beside the frame out to the rule's ends is empty.
/// </summary>
internal static class RuledHeadSpan
{
    /// <summary>How far below the rule (in row gaps) the head's first line may start.</summary>
    private const double StartsUnderRowGaps = 2;

    /// <returns>The boxes, those of ruled heads widened, and the indexes of the frames that stand right under a rule.</returns>
    public static RuledHeads Widen(IReadOnlyList<Box> boxes, IReadOnlySet<int> display, IReadOnlyList<HorizontalRule> rules, double rowGap, double gutter)
    {
        var widened = boxes.ToList();
        var underRule = new HashSet<int>();
        foreach (var rule in rules)
        {
            var head = HeadUnder(rule);
            if (head.Count == 0)
            {
                continue;
            }
            underRule.Add(head[0]);
            foreach (var h in head)
            {
                var box = boxes[h];
                if (rule.Width > box.Width + gutter && NothingBeside(h, rule))
                {
                    widened[h] = new Box(Math.Min(box.X0, rule.X0), box.Y0, Math.Max(box.X1, rule.X1), box.Y1);
                }
            }
        }
        return new RuledHeads(widened, underRule);

        // The display frames stacked under the rule within its span, down to the first other frame or rule.
        List<int> HeadUnder(HorizontalRule rule)
        {
            var under = Enumerable.Range(0, boxes.Count)
                .Where(i => Within(boxes[i], rule) && boxes[i].Y1 <= rule.Y)
                .OrderByDescending(i => boxes[i].Y1)
                .ToList();
            if (under.Count == 0 || rule.Y - boxes[under[0]].Y1 > StartsUnderRowGaps * rowGap || RuleBetween(rule, boxes[under[0]]))
            {
                return [];
            }
            return under.TakeWhile(display.Contains).ToList();
        }

        bool Within(Box box, HorizontalRule rule) => box.X0 >= rule.X0 - gutter && box.X1 <= rule.X1 + gutter;

        // Another rule nearer above the frame is the one that heads it.
        bool RuleBetween(HorizontalRule rule, Box box) =>
            rules.Any(other => other.Y < rule.Y && other.Y >= box.Y1 && other.HorizontalOverlap(box) > 0);

        bool NothingBeside(int h, HorizontalRule rule)
        {
            var box = boxes[h];
            for (var k = 0; k < boxes.Count; k++)
            {
                var other = boxes[k];
                if (k != h && other.VerticalOverlap(box) > 0 && other.X1 > rule.X0 && other.X0 < rule.X1 && other.HorizontalOverlap(box) <= 0)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>What <see cref="RuledHeadSpan"/> found: the reading boxes, and the frames that stand right under a rule.</summary>
internal sealed record RuledHeads(List<Box> Boxes, IReadOnlySet<int> UnderRule);
