namespace WeiduEtl.Publishing.Changes;

/// <summary>One table's rows added, changed and removed against the previous snapshot.</summary>
public sealed record TableChangeCount(string Table, int Added, int Changed, int Removed);
