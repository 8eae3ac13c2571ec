namespace WeiduEtl.Parsing.Figures;

/// <summary>How a unit behaves in a sentence, which decides where its label is looked for.</summary>
internal enum UnitKind
{
    /// <summary>A measure word that takes the counted noun after it: 8个岗亭, 4家企业.</summary>
    Classifier,

    /// <summary>A unit that is itself the counted thing: 566人, 141户, 312人次.</summary>
    Count,

    /// <summary>Area, weight, volume, energy: 100亩, 3吨; may take the measured noun after it (十来亩西瓜).</summary>
    Measure,

    /// <summary>Length: 1.2米, 10厘米; may be followed by the dimension (1.2米高).</summary>
    Length,

    /// <summary>Money: 元, 美元.</summary>
    Money,

    /// <summary>A duration: 7天, 24小时, 一个月.</summary>
    Time,

    /// <summary>An age: 90岁.</summary>
    Age,

    /// <summary>A percentage (%, ％, 百分之X), always reported as the unit "%".</summary>
    Percent,

    /// <summary>Percentage points (个百分点), distinct from percentages.</summary>
    Point,

    /// <summary>A multiple (3倍).</summary>
    Multiple,
}
