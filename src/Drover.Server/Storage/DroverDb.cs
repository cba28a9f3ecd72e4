using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Storage;

/// <summary>
/// The whole schema, shared by both databases. Each provider has its own subclass (<see cref="Providers"/>) only so it
/// can own its migration set: SQLite and PostgreSQL generate different DDL from this one model.
/// </summary>
public abstract class DroverDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<ScriptRow> Scripts => Set<ScriptRow>();
    public DbSet<TicketRow> Tickets => Set<TicketRow>();
    public DbSet<TicketCountRow> TicketCounts => Set<TicketCountRow>();
    public DbSet<BatchRow> Batches => Set<BatchRow>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<OutputChunkRow> OutputChunks => Set<OutputChunkRow>();
    public DbSet<ChangeEventRow> ChangeEvents => Set<ChangeEventRow>();
    public DbSet<AgentRow> Agents => Set<AgentRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    public DbSet<DocumentVersionRow> DocumentVersions => Set<DocumentVersionRow>();
    public DbSet<ExecutionRow> Executions => Set<ExecutionRow>();
    public DbSet<ExecutionStepRow> ExecutionSteps => Set<ExecutionStepRow>();
    public DbSet<ClusterMemberRow> ClusterMembers => Set<ClusterMemberRow>();
    public DbSet<ClusterVersionRow> ClusterVersions => Set<ClusterVersionRow>();
    public DbSet<ProjectRow> Projects => Set<ProjectRow>();
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<RoleRow> Roles => Set<RoleRow>();
    public DbSet<TokenRow> Tokens => Set<TokenRow>();
    public DbSet<AccessKeyRow> AccessKeys => Set<AccessKeyRow>();
    public DbSet<EnrollmentRow> Enrollments => Set<EnrollmentRow>();
    public DbSet<AgentCredentialRow> AgentCredentials => Set<AgentCredentialRow>();
    public DbSet<SeenSignatureRow> SeenSignatures => Set<SeenSignatureRow>();

    // Enums are stored as COC spells them (WireSpellings): the columns are the same text as when they were strings.
    protected override void ConfigureConventions(ModelConfigurationBuilder c) => WireSpellings.Apply(c);

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<ScriptRow>(e =>
        {
            e.ToTable("scripts");
            e.HasIndex(x => x.ScriptUuid).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.Name }).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.Id });
        });
        b.Entity<TicketRow>(e =>
        {
            e.ToTable("tickets");
            e.HasIndex(x => x.ExecuteUuid).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.Id });
            e.HasIndex(x => x.Status);
        });
        b.Entity<TicketCountRow>(e =>
        {
            e.ToTable("ticket_counts");
            e.HasKey(x => x.ProjectId);
        });
        b.Entity<BatchRow>(e =>
        {
            e.ToTable("batches");
            e.HasKey(x => new { x.TicketId, x.BatchIndex });
        });
        b.Entity<InstanceRow>(e =>
        {
            e.ToTable("instances");
            e.HasIndex(x => new { x.TicketId, x.BatchIndex, x.Id });
            e.HasIndex(x => new { x.ResourceId, x.Status });
        });
        b.Entity<ChangeEventRow>(e =>
        {
            e.ToTable("change_events");
            e.HasKey(x => new { x.Subject, x.SubjectId, x.Version });
        });
        b.Entity<OutputChunkRow>(e =>
        {
            e.ToTable("output_chunks");
            e.HasIndex(x => new { x.InstanceId, x.Attempt, x.Seq }).IsUnique();
        });
        b.Entity<AgentRow>(e =>
        {
            e.ToTable("agents");
            e.HasIndex(x => new { x.ProjectId, x.ResourceId, x.RegionId }).IsUnique();
        });
        b.Entity<DocumentRow>(e =>
        {
            e.ToTable("documents");
            e.HasIndex(x => x.DocumentId).IsUnique();
            // Concurrent creates and renames race on PostgreSQL (no single writer there): the index decides.
            e.HasIndex(x => new { x.ProjectId, x.Name }).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.Id });
        });
        b.Entity<DocumentVersionRow>(e =>
        {
            e.ToTable("document_versions");
            e.HasIndex(x => new { x.DocumentRowId, x.Number }).IsUnique();
        });
        b.Entity<ExecutionRow>(e =>
        {
            e.ToTable("executions");
            e.HasIndex(x => x.ExecutionId).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.Id });
            e.HasIndex(x => x.Status);
        });
        b.Entity<ExecutionStepRow>(e =>
        {
            e.ToTable("execution_steps");
            e.HasIndex(x => x.ExecutionStepId).IsUnique();
            e.HasIndex(x => new { x.ExecutionRowId, x.BatchIndex, x.StepIndex });
        });
        b.Entity<TicketRow>(e => e.HasIndex(x => x.ExecutionStepRowId));
        b.Entity<ClusterMemberRow>(e =>
        {
            e.ToTable("cluster_members");
            e.HasKey(x => new { x.ClusterId, x.Silo });
        });
        b.Entity<ClusterVersionRow>(e =>
        {
            e.ToTable("cluster_versions");
            e.HasKey(x => x.ClusterId);
        });
        b.Entity<AuditRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasIndex(x => new { x.ProjectId, x.At });
            e.HasIndex(x => new { x.ProjectId, x.Id });
        });
        b.Entity<ProjectRow>(e =>
        {
            e.ToTable("projects");
            e.HasIndex(x => x.ProjectId).IsUnique();
            e.HasIndex(x => x.Name).IsUnique();
            // The project every install has, and everything before projects existed belongs to.
            e.HasData(new ProjectRow { Id = 1, ProjectId = "default", Name = "default", GmtCreated = 0 });
        });
        b.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasIndex(x => x.UserId).IsUnique();
            e.HasIndex(x => x.Name).IsUnique();
        });
        b.Entity<RoleRow>(e =>
        {
            e.ToTable("user_roles");
            e.HasKey(x => new { x.UserId, x.ProjectId });
            e.HasIndex(x => x.ProjectId);
        });
        b.Entity<TokenRow>(e =>
        {
            e.ToTable("auth_tokens");
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.UserId);
        });
        b.Entity<AccessKeyRow>(e =>
        {
            e.ToTable("access_keys");
            e.HasIndex(x => x.AccessKey).IsUnique();
            e.HasIndex(x => x.UserId);
        });
        b.Entity<EnrollmentRow>(e =>
        {
            e.ToTable("agent_enrollments");
            e.HasIndex(x => x.EnrollmentId).IsUnique();
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.ProjectId);
        });
        b.Entity<AgentCredentialRow>(e =>
        {
            e.ToTable("agent_credentials");
            e.HasIndex(x => new { x.ProjectId, x.ResourceId, x.RegionId }).IsUnique();
            e.HasIndex(x => x.CredentialHash).IsUnique();
            e.HasIndex(x => x.RevokedAt);
        });
        b.Entity<SeenSignatureRow>(e =>
        {
            e.ToTable("seen_signatures");
            e.HasKey(x => x.Signature);
            e.HasIndex(x => x.SeenAt);
        });
    }
}
