namespace Aims.Mapping;

/// <summary>The framework ids used across Aims packages, in data and on the command line.</summary>
public static class FrameworkIds
{
    /// <summary>ISO/IEC 42001:2023, AI management systems.</summary>
    public const string Iso42001 = Model.Iso42001.FrameworkId;

    /// <summary>ISO/IEC 27001:2022, information security management systems.</summary>
    public const string Iso27001 = "iso27001";

    /// <summary>ISO/IEC 27701:2019, privacy information management (extension to 27001).</summary>
    public const string Iso27701 = "iso27701";

    /// <summary>NIST AI Risk Management Framework 1.0 (NIST AI 100-1).</summary>
    public const string NistAiRmf = "nist-ai-rmf";

    /// <summary>NIST AI 600-1, the Generative AI Profile.</summary>
    public const string NistAi600 = "nist-ai-600-1";

    /// <summary>The EU AI Act, Regulation (EU) 2024/1689.</summary>
    public const string EuAiAct = "eu-ai-act";

    /// <summary>CSA STAR for AI (programme levels and their requirements).</summary>
    public const string CsaStarAi = "csa-star-ai";

    /// <summary>CSA AI Controls Matrix (domains shipped; controls imported from the customer's licensed workbook).</summary>
    public const string CsaAicm = "csa-aicm";

    /// <summary>OWASP Top 10 for LLM Applications, 2025 edition (ids and Aims' own short titles).</summary>
    public const string OwaspLlm = "owasp-llm-top10";

    /// <summary>OWASP Top 10 for Agentic Applications, 2026 edition (ids and Aims' own short titles).</summary>
    public const string OwaspAgentic = "owasp-agentic-top10";

    /// <summary>STRIDE, the six threat categories of Microsoft's threat modelling.</summary>
    public const string Stride = "stride";

    /// <summary>LINDDUN, the seven privacy threat categories (KU Leuven DistriNet).</summary>
    public const string Linddun = "linddun";

    /// <summary>MITRE ATLAS, the tactics of a stated release.</summary>
    public const string MitreAtlas = "mitre-atlas";

    /// <summary>The Colorado AI Act (SB 24-205, as delayed; and its reported replacement SB 26-189 as a later version).</summary>
    public const string ColoradoAiAct = "colorado-ai-act";

    /// <summary>The Texas Responsible Artificial Intelligence Governance Act (HB 149).</summary>
    public const string TexasTraiga = "texas-traiga";

    /// <summary>Gets the jurisdiction packs beyond the EU: state AI laws with their duties, roles and effective dates.</summary>
    public static IReadOnlyList<string> Jurisdictions { get; } = [ColoradoAiAct, TexasTraiga];

    /// <summary>Gets the ids of the built-in threat catalogs (NIST AI 600-1's risks included): the sources a risk's threats come from.</summary>
    public static IReadOnlyList<string> Threats { get; } = [OwaspLlm, OwaspAgentic, NistAi600, Stride, Linddun, MitreAtlas];

    /// <summary>Gets every built-in framework id: the control and regulation frameworks, the threat catalogs, then the jurisdiction packs.</summary>
    public static IReadOnlyList<string> All { get; } = [Iso42001, Iso27001, Iso27701, NistAiRmf, NistAi600, EuAiAct, CsaStarAi, CsaAicm, OwaspLlm, OwaspAgentic, Stride, Linddun, MitreAtlas, ColoradoAiAct, TexasTraiga];
}
