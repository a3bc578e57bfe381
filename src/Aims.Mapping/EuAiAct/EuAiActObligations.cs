using System.Collections.Immutable;
using Aims.Model;

namespace Aims.Mapping;

/// <summary>
/// Which EU AI Act articles apply to an AI system, given the organization's operator roles, the risk category, GPAI
/// status, Annex III area and whether the deployer is a public body — each with the reason it applies. Article titles
/// come from the <c>eu-ai-act</c> catalog; the reasons are our summaries, not legal advice.
/// </summary>
public static class EuAiActObligations
{
    /// <summary>
    /// Lists the obligations of a profile, prohibitions first, then in article order. An obligation that depends on a
    /// fact the profile leaves unknown (Art. 50(3)/(4) of a limited-risk system) is listed with that fact as its
    /// <see cref="AiActObligation.Condition"/>; one whose fact the profile denies is not listed.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The obligations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<AiActObligation> For(AiActProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var act = FrameworkCatalogs.Get(FrameworkIds.EuAiAct);
        var list = new List<AiActObligation>();
        void Add(string article, string reason, bool prohibition = false, string? condition = null)
        {
            if (list.All(o => o.ArticleId != article) && act.TryGetItem(article, out var item))
            {
                list.Add(new AiActObligation(article, item.Title, reason, prohibition).WithCondition(condition));
            }
        }

        var provider = profile.Has(EuAiActOperatorRole.Provider) || profile.Has(EuAiActOperatorRole.ProductManufacturer);
        var deployer = profile.Has(EuAiActOperatorRole.Deployer);
        if (provider || deployer)
        {
            Add("Art.4", "Providers and deployers ensure a sufficient level of AI literacy of staff dealing with AI systems.");
        }

        switch (profile.Category)
        {
            case EuAiActRiskCategory.Prohibited:
                Add("Art.5", "The system falls under a prohibited practice: it must not be placed on the market, put into service or used.", prohibition: true);
                Add("Art.99", "Infringing Art. 5 carries fines up to EUR 35 million or 7 % of worldwide annual turnover.");
                break;
            case EuAiActRiskCategory.High:
                HighRisk(profile, provider, deployer, (article, reason, prohibition) => Add(article, reason, prohibition));
                break;
            case EuAiActRiskCategory.Limited:
                if (provider)
                {
                    Add("Art.50(1)", "As provider of a system that interacts with people, design it so they are told they deal with an AI.");
                    Add("Art.50(2)", "As provider of a system that generates synthetic content, mark outputs as machine-readable and detectable.");
                }

                break;
        }

        // Art. 50(3)/(4) bind deployers of particular systems only: listed when the facts say so (also for a high-risk
        // system, Art. 50(6)), never when they say not, and for a limited-risk system whose fact is unknown as
        // "applies only if", so that no one is told a duty applies without a fact that it does.
        if (deployer && profile.Category != EuAiActRiskCategory.Prohibited)
        {
            Transparency(profile.Category, profile.IsEmotionRecognitionOrBiometricCategorisation, "Art.50(3)",
                "As deployer of an emotion recognition or biometric categorisation system, inform the people exposed to it and process their personal data lawfully.",
                "the system recognises emotions or categorises people by biometric data");
            Transparency(profile.Category, profile.PublishesDeepFakesOrPublicInterestText, "Art.50(4)",
                "As deployer, disclose that deep fakes you publish, and AI-generated text you publish to inform the public on matters of public interest, are artificially generated or manipulated.",
                "you publish deep fakes, or AI-generated text informing the public on matters of public interest, made with the system");
        }

        void Transparency(EuAiActRiskCategory category, bool? fact, string article, string reason, string condition)
        {
            if (fact == true)
            {
                Add(article, reason);
            }
            else if (fact is null && category == EuAiActRiskCategory.Limited)
            {
                Add(article, reason, condition: condition);
            }
        }

        if (provider && profile.ClaimsArticle6Derogation && profile.AnnexIIIArea is { } area
            && profile.Category is not (EuAiActRiskCategory.High or EuAiActRiskCategory.Prohibited))
        {
            Add("Art.6(4)", $"You rely on the Art. 6(3) derogation for an {area} system: document the assessment before placing it on the market and give it to authorities on request.");
            Add("Art.49", $"Register yourself and the {area} system you assessed as not high-risk in the EU database before placing it on the market (Art. 49(2)).");
        }

        if (profile.IsGeneralPurposeModel && provider)
        {
            var exempt = profile.IsOpenSource && !profile.HasSystemicRisk;
            Add("Art.53", exempt
                ? "As provider of a free and open-source general-purpose AI model: a copyright policy and a training-content summary (Art. 53(1)(c), (d))."
                : "As provider of a general-purpose AI model: technical documentation, information for integrators, copyright policy and a training-content summary.");
            if (exempt)
            {
                Add("Art.53(2)", "Exempt from the model documentation and integrator information of Art. 53(1)(a), (b): the model is free and open-source with public parameters and has no systemic risk.");
            }

            Add("Art.52", profile.HasSystemicRisk
                ? "The model meets the systemic-risk threshold: notify the Commission within two weeks of meeting it, or of knowing it will be met."
                : "Notify the Commission within two weeks if the model meets, or is known to be going to meet, the systemic-risk threshold of Art. 51(1)(a).");
            if (profile.HasSystemicRisk)
            {
                Add("Art.51", "The model is classified as having systemic risk (high-impact capabilities or Commission designation).");
                Add("Art.55", "Providers of GPAI models with systemic risk evaluate and mitigate systemic risks, report serious incidents and ensure cybersecurity.");
            }

            if (profile.EstablishedOutsideUnion)
            {
                if (exempt)
                {
                    Add("Art.54(6)", "No authorised representative is needed: the model is free and open-source with public parameters and has no systemic risk.");
                }
                else
                {
                    Add("Art.54", "A GPAI provider established outside the Union appoints an authorised representative in the Union.");
                }
            }

            Add("Art.101", "The Commission may fine GPAI providers up to EUR 15 million or 3 % of worldwide annual turnover.");
        }

        if (profile.IsGeneralPurposeModel && profile.Has(EuAiActOperatorRole.AuthorisedRepresentative))
        {
            Add("Art.54", "As authorised representative of a general-purpose AI model provider, carry out the mandate: verify the technical documentation, "
                + "keep a copy for the AI Office and national authorities for 10 years, and cooperate with them (Art. 54(3)).");
        }

        return [.. list.OrderByDescending(o => o.IsProhibition).ThenBy(o => act.Items.IndexOf(act.Items.First(i => i.Id == o.ArticleId)))
            .Select(o => o.WithApplication(EuAiActApplicationDates.InForceFor(ScopeOf(o.ArticleId, profile))))];
    }

    /// <summary>Lists the obligations of a profile that apply on a date, by the application timeline in force.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The obligations of <see cref="For(AiActProfile)"/> whose <see cref="AiActObligation.AppliesOn"/> holds on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<AiActObligation> For(AiActProfile profile, DateOnly asOf) => [.. For(profile).Where(o => o.AppliesOn(asOf))];

    /// <summary>
    /// The part of the application timeline (<see cref="ApplicationDate.Scope"/>) an article belongs to: Chapters I–II
    /// (Art. 4, 5), GPAI, governance and penalties except Art. 101 (Art. 51–55, 99), the general date (Art. 50, 101)
    /// or the Art. 50(2) grace period of a system placed on the market before it, and otherwise the high-risk
    /// obligations: the Annex I date for an Annex I product (Art. 6(1)), else the Annex III date.
    /// </summary>
    private static string ScopeOf(string articleId, AiActProfile profile)
    {
        // Art. 50(2) marking has a grace period for generative systems already on the market before the general date.
        if (articleId == "Art.50(2)" && profile.PlacedOnMarketOn is { } placed
            && EuAiActApplicationDates.InForceFor("general") is { } general && placed < general.AppliesFrom)
        {
            return "art-50-2-on-market";
        }

        var article = articleId.Split('(')[0];
        return article switch
        {
            "Art.4" or "Art.5" => "chapters-i-ii",
            "Art.51" or "Art.52" or "Art.53" or "Art.54" or "Art.55" or "Art.99" => "gpai-governance-penalties",
            "Art.50" or "Art.101" => "general",
            _ => profile.IsAnnexIProduct ? "high-risk-annex-i" : "high-risk-annex-iii",
        };
    }

    /// <summary>Applies the high-risk test of Art. 6.</summary>
    /// <param name="safetyComponentOfAnnexIProduct">Whether the system is (a safety component of) a product under Annex I legislation that needs third-party conformity assessment.</param>
    /// <param name="annexIIIArea">The Annex III area the use case falls in (<c>AnnexIII.1</c>–<c>AnnexIII.8</c>), or <see langword="null"/>.</param>
    /// <param name="profilesNaturalPersons">Whether the system profiles natural persons (then Art. 6(3) never applies).</param>
    /// <param name="poseNoSignificantRisk">Whether an Art. 6(3) condition holds: a narrow procedural task, improving a completed human activity, detecting decision patterns without replacing human assessment, or a preparatory task.</param>
    /// <returns>The classification with its reasoning.</returns>
    public static HighRiskClassification ClassifyHighRisk(
        bool safetyComponentOfAnnexIProduct, string? annexIIIArea, bool profilesNaturalPersons = false, bool poseNoSignificantRisk = false)
    {
        if (safetyComponentOfAnnexIProduct)
        {
            return new(true, "Art.6(1)", "A safety component of, or itself, an Annex I product requiring third-party conformity assessment is high-risk.");
        }

        if (annexIIIArea is null)
        {
            return new(false, "none", "Neither an Annex I product nor an Annex III use case: not high-risk (check Art. 5 and Art. 50 separately).");
        }

        if (poseNoSignificantRisk && !profilesNaturalPersons)
        {
            return new(false, "Art.6(3)", $"An {annexIIIArea} use case that poses no significant risk (Art. 6(3)); document the assessment before placing on the market (Art. 6(4)) and register it (Art. 49(2)).");
        }

        return new(true, "Art.6(2)", profilesNaturalPersons && poseNoSignificantRisk
            ? $"{annexIIIArea} use case that profiles natural persons: always high-risk, the Art. 6(3) derogation does not apply."
            : $"{annexIIIArea} use cases are high-risk (Art. 6(2)).");
    }

    /// <summary>
    /// Applies the high-risk test of Art. 6 to what an inventory system records: whether it is an Annex I product, its Annex III area, whether it profiles
    /// natural persons (unknown counts as not) and whether its provider claims the Art. 6(3) derogation (the claim's
    /// condition standing for "poses no significant risk"). A claim for a system that profiles natural persons does not
    /// hold: the system is high-risk (Art. 6(3), last subparagraph).
    /// </summary>
    /// <param name="system">The system.</param>
    /// <returns>The classification with its reasoning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="system"/> is <see langword="null"/>.</exception>
    public static HighRiskClassification ClassifyHighRisk(AiSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return ClassifyHighRisk(system.IsAnnexIProduct, system.AnnexIIIArea, system.ProfilesNaturalPersons == true, system.Article6Derogation is not null);
    }

    private static void HighRisk(AiActProfile profile, bool provider, bool deployer, Action<string, string, bool> add)
    {
        void Add(string article, string reason) => add(article, reason, false);
        if (provider)
        {
            Add("Art.8", "High-risk systems must meet the requirements of Arts. 9–15, which the provider ensures.");
            Add("Art.9", "Run a risk management system over the whole life cycle.");
            Add("Art.10", "Govern training, validation and testing data (quality, representativeness, bias).");
            Add("Art.11", "Draw up technical documentation (Annex IV) before placing on the market.");
            Add("Art.12", "Enable automatic logging of events over the system's lifetime.");
            Add("Art.13", "Give deployers transparent instructions for use.");
            Add("Art.14", "Design for effective human oversight.");
            Add("Art.15", "Achieve appropriate accuracy, robustness and cybersecurity.");
            Add("Art.16", "The provider's umbrella obligations for high-risk systems.");
            Add("Art.17", "Operate a quality management system (an ISO/IEC 42001 AIMS helps but is not by itself the Art. 17 QMS).");
            Add("Art.18", "Keep documentation for 10 years after placing on the market.");
            Add("Art.19", "Keep automatically generated logs for at least six months.");
            Add("Art.20", "Take corrective action and inform others when the system does not conform.");
            Add("Art.21", "Cooperate with competent authorities.");
            Add("Art.43", "Undergo conformity assessment before placing on the market.");
            Add("Art.47", "Draw up the EU declaration of conformity.");
            Add("Art.48", "Affix the CE marking.");
            Add("Art.49", profile.AnnexIIIArea is null
                ? "Register before placing on the market where the system is an Annex III system."
                : $"Register the {profile.AnnexIIIArea} system in the EU database before placing on the market.");
            Add("Art.72", "Operate post-market monitoring with a plan.");
            Add("Art.73", "Report serious incidents: 15 days, 10 days after a death, 2 days for critical infrastructure or widespread infringements.");
            if (profile.EstablishedOutsideUnion)
            {
                Add("Art.22", "A provider established outside the Union appoints an authorised representative by written mandate.");
            }
        }

        if (profile.Has(EuAiActOperatorRole.AuthorisedRepresentative))
        {
            Add("Art.22", "As authorised representative, carry out the tasks of the provider's mandate.");
        }

        if (profile.Has(EuAiActOperatorRole.Importer))
        {
            Add("Art.23", "As importer, verify conformity assessment, documentation, CE marking and representative before placing on the market.");
        }

        if (profile.Has(EuAiActOperatorRole.Distributor))
        {
            Add("Art.24", "As distributor, verify CE marking, declaration and instructions before making the system available.");
        }

        if (deployer)
        {
            Add("Art.26", "As deployer, use the system per its instructions, assign human oversight, monitor it, keep logs and inform workers and affected persons.");
            Add("Art.26(5)", "As deployer, report a serious incident immediately to the provider, then to the importer or distributor and the market surveillance authority.");
            var criticalInfrastructure = profile.AnnexIIIArea == "AnnexIII.2";
            if (profile.DeployerIsPublicBody && !criticalInfrastructure)
            {
                Add("Art.27", "As a public body (or provider of public services) deploying a high-risk system, assess the impact on fundamental rights before first use.");
            }
            else if (profile.AnnexIIIArea == "AnnexIII.5")
            {
                Add("Art.27", "A fundamental rights impact assessment is required if the system assesses creditworthiness (Annex III 5(b)) or prices life or health insurance (5(c)).");
            }

            if (profile.DeployerIsPublicBody)
            {
                Add("Art.49", criticalInfrastructure
                    ? "As a public-authority deployer of a critical-infrastructure system (Annex III point 2), register it at national level, not in the EU database (Art. 49(5))."
                    : "As a public-authority deployer, register the use of the system in the EU database.");
            }
        }

        if (!provider && (deployer || profile.Has(EuAiActOperatorRole.Importer) || profile.Has(EuAiActOperatorRole.Distributor)))
        {
            Add("Art.25", "You become the provider if you rebrand the system, substantially modify it, or change its intended purpose.");
        }

        Add("Art.99", "Infringing operator obligations carries fines up to EUR 15 million or 3 % of worldwide annual turnover.");
    }
}
