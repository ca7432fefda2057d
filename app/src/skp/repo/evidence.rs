//! Evidence files (bukti dukung): small PDF, PNG or JPEG files the owner of an approved plan
//! attaches to an indicator's realisation. The type is sniffed from the bytes (a renamed HTML
//! page is not a PDF), the size is capped, and the same bytes on the same indicator are stored
//! once. Files are kept in the database so that one backup holds the whole record.

use crate::audit::types::{AuditAction, AuditEntity};
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::skp::types::EvidenceFileView;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::plan_head::PlanHead,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

/// Largest accepted file: 1 MiB. Its base64 form (about 1.4 MB) stays under the request limit.
pub const MAX_BYTES: usize = 1024 * 1024;
/// Files per indicator.
pub const MAX_PER_INDICATOR: i64 = 5;

/// The file name extension a content type is saved with.
fn extension_of(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/png" => "png",
        _ => "jpg",
    }
}

/// The content type of `bytes` by its signature, if it is one we accept.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// The name shown and offered on download: the last path part, without control characters,
/// bidi overrides (`laporan\u{202E}fdp.exe` reads as `laporanexe.pdf`) or characters a file
/// system refuses, at most 120 characters, ending in the extension of the type read from the
/// bytes (`laporan.exe` holding a PDF is saved as `laporan.pdf`); a blank name becomes `bukti`.
pub fn clean_name(name: &str, content_type: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !crate::kernel::text::is_unsafe(*c, false)
                && !matches!(c, '"' | '<' | '>' | ':' | '*' | '?' | '|')
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let ext = extension_of(content_type);
    // A short alphanumeric tail is an extension: the type's own (any case, or `jpeg`) stays,
    // any other gives way to it.
    let (stem, tail) = cleaned.rsplit_once('.').unwrap_or((cleaned, ""));
    let tail_is_ext =
        (1..=5).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_alphanumeric());
    let own = tail.eq_ignore_ascii_case(ext) || (ext == "jpg" && tail.eq_ignore_ascii_case("jpeg"));
    let stem = if tail_is_ext { stem.trim() } else { cleaned };
    let stem: String = stem.chars().take(120 - ext.len() - 1).collect();
    let stem = if stem.trim().is_empty() { "bukti".to_string() } else { stem };
    if own {
        format!("{stem}.{tail}")
    } else {
        format!("{stem}.{ext}")
    }
}

/// A stored file with what its download needs.
#[derive(sqlx::FromRow)]
pub struct StoredFile {
    pub plan_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

/// Attach a file to an indicator of the owner's approved plan; returns the file id.
pub async fn upload(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    indicator_id: i64,
    file_name: &str,
    bytes: &[u8],
) -> Result<i64, WriteError> {
    if plan.status != crate::kernel::plan_status::PlanStatus::Approved {
        return Err(WriteError::Invalid(Reason::PlanNotApproved));
    }
    if bytes.is_empty() || bytes.len() > MAX_BYTES {
        return Err(WriteError::Invalid(Reason::EvidenceSize));
    }
    let content_type = sniff(bytes).ok_or(WriteError::Invalid(Reason::EvidenceType))?;
    let name = clean_name(file_name, content_type);
    let digest = format!("{:x}", Sha256::digest(bytes));
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    crate::kernel::plan_head::indicator_of_plan(&mut tx, indicator_id, plan.id).await?;
    if let Some(r) =
        sqlx::query("SELECT id FROM skp_evidence_file WHERE indicator_id = $1 AND sha256 = $2")
            .bind(indicator_id)
            .bind(&digest)
            .fetch_optional(&mut *tx)
            .await?
    {
        return Ok(r.try_get(0)?);
    }
    let count: i64 = sqlx::query("SELECT COUNT(*) FROM skp_evidence_file WHERE indicator_id = $1")
        .bind(indicator_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if count >= MAX_PER_INDICATOR {
        return Err(WriteError::Invalid(Reason::EvidenceTooMany));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO skp_evidence_file (agency_id, plan_id, indicator_id, file_name, content_type, \
         size_bytes, sha256, content, uploaded_by, uploaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(plan.agency_id)
    .bind(plan.id)
    .bind(indicator_id)
    .bind(&name)
    .bind(content_type)
    .bind(bytes.len() as i64)
    .bind(&digest)
    .bind(bytes.to_vec())
    .bind(actor.user_id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::EvidenceUploaded,
            entity: AuditEntity::SkpEvidenceFile,
            entity_id: Some(id.to_string()),
            before_json: None,
            after_json: Some(
                serde_json::json!({
                    "plan_id": plan.id, "indicator_id": indicator_id, "file_name": name,
                    "content_type": content_type, "size_bytes": bytes.len(), "sha256": digest,
                })
                .to_string(),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The owner removes a file, until the plan has its annual rating (then the evidence is part
/// of what was rated and stays).
pub async fn remove(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    file_id: i64,
) -> Result<(), WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let row = sqlx::query(
        "SELECT file_name, sha256 FROM skp_evidence_file WHERE id = $1 AND plan_id = $2",
    )
    .bind(file_id)
    .bind(plan.id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(WriteError::NotFound)?;
    let rated = sqlx::query("SELECT 1 FROM skp_rating WHERE plan_id = $1 AND period_no = 0")
        .bind(plan.id)
        .fetch_optional(&mut *tx)
        .await?;
    if rated.is_some() {
        return Err(WriteError::Invalid(Reason::EvidenceRated));
    }
    sqlx::query("DELETE FROM skp_evidence_file WHERE id = $1")
        .bind(file_id)
        .execute(&mut *tx)
        .await?;
    let before = serde_json::json!({
        "plan_id": plan.id,
        "file_name": row.try_get::<String, _>(0)?,
        "sha256": row.try_get::<String, _>(1)?,
    });
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::EvidenceRemoved,
            entity: AuditEntity::SkpEvidenceFile,
            entity_id: Some(file_id.to_string()),
            before_json: Some(before.to_string()),
            after_json: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A file with its content, for the download handler (which authorises on the plan).
pub async fn fetch(pool: &Pool, file_id: i64) -> Result<Option<StoredFile>, sqlx::Error> {
    sqlx::query_as(
        "SELECT plan_id, file_name, content_type, content FROM skp_evidence_file WHERE id = $1",
    )
    .bind(file_id)
    .fetch_optional(pool)
    .await
}

/// The files of a plan's indicators (without content), in upload order.
pub async fn list(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
) -> Result<Vec<(i64, EvidenceFileView)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct IndicatorFile {
        indicator_id: i64,
        #[sqlx(flatten)]
        file: EvidenceFileView,
    }
    let files: Vec<IndicatorFile> = sqlx::query_as(
        "SELECT indicator_id, id, file_name, content_type, size_bytes FROM skp_evidence_file \
         WHERE plan_id = $1 ORDER BY id",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(files.into_iter().map(|f| (f.indicator_id, f.file)).collect())
}

#[cfg(test)]
mod tests {
    use super::{clean_name, sniff};

    #[test]
    fn only_pdf_png_and_jpeg_signatures_are_accepted() {
        assert_eq!(sniff(b"%PDF-1.4\n..."), Some("application/pdf"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0"), Some("image/png"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"PK\x03\x04"), None);
        assert_eq!(sniff(b""), None);
    }

    const PDF: &str = "application/pdf";

    #[test]
    fn names_lose_paths_quotes_and_control_characters() {
        assert_eq!(clean_name("C:\\Users\\x\\laporan \"akhir\".pdf", PDF), "laporan akhir.pdf");
        assert_eq!(clean_name("../../etc/passwd", PDF), "passwd.pdf");
        assert_eq!(clean_name("a\r\nb.png", "image/png"), "ab.png");
        assert_eq!(clean_name("   ", PDF), "bukti.pdf");
        assert_eq!(clean_name(".pdf", PDF), "pdf.pdf");
        assert_eq!(clean_name(".htaccess", PDF), "htaccess.pdf");
        assert_eq!(clean_name(&"x".repeat(300), PDF).chars().count(), 120);
        assert_eq!(clean_name("nul\0byte.pdf", PDF), "nulbyte.pdf");
    }

    #[test]
    fn the_extension_is_the_detected_types_and_bidi_tricks_are_undone() {
        // Shown as "laporanexe.pdf" by the override; really "laporan" + "fdp.exe".
        assert_eq!(clean_name("laporan\u{202E}fdp.exe", PDF), "laporanfdp.pdf");
        assert_eq!(clean_name("a\u{2067}b\u{2069}\u{200F}.PDF", PDF), "ab.PDF");
        assert_eq!(clean_name("foto.JPEG", "image/jpeg"), "foto.JPEG");
        assert_eq!(clean_name("foto.png", "image/jpeg"), "foto.jpg");
        assert_eq!(clean_name("scan.html", "image/png"), "scan.png");
        assert_eq!(clean_name("laporan v1.2 final", PDF), "laporan v1.2 final.pdf");
        assert_eq!(clean_name("SKP 2026", PDF), "SKP 2026.pdf");
    }
}
