using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>What one batch did with its documents.</summary>
public sealed class BatchResult
{
    public int Seen => Stored + Unchanged + Failed;
    public int Stored { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed { get; private set; }

    public void Count(DocumentOutcome outcome)
    {
        switch (outcome)
        {
            case DocumentOutcome.Stored or DocumentOutcome.Replaced: Stored++; break;
            case DocumentOutcome.Unchanged: Unchanged++; break;
            default: Failed++; break;
        }
    }
}
