//! The development feature's refusals in both languages. They live here, not in the shared
//! texts, so that only the development pages pay for them; `FormError` asks this table through
//! the context each development page provides.

use crate::{i18n::Locale, kernel::reason::Reason, ui::form_error::FeatureReasons};

/// The message of a development refusal, if `reason` is one.
pub fn text(reason: Reason, locale: Locale) -> Option<&'static str> {
    let id = locale == Locale::Id;
    Some(match reason {
        Reason::OfferingText => {
            if id {
                "Isi kolom ini (paling banyak 200 karakter)."
            } else {
                "Fill in this field (at most 200 characters)."
            }
        }
        Reason::OfferingForm => {
            if id {
                "Pilih jalur, bentuk dan moda pengembangan dari daftar (Peraturan LAN 10/2018)."
            } else {
                "Choose the path, form and mode from the list (Peraturan LAN 10/2018)."
            }
        }
        Reason::OfferingJp => {
            if id {
                "JP harus bilangan bulat 1 sampai 2000."
            } else {
                "JP must be a whole number from 1 to 2000."
            }
        }
        Reason::OfferingQuota => {
            if id {
                "Kuota harus bilangan bulat 1 sampai 100.000."
            } else {
                "The quota must be a whole number from 1 to 100,000."
            }
        }
        Reason::OfferingDates => {
            if id {
                "Tanggal tidak berurutan: batas pendaftaran ≤ mulai ≤ selesai."
            } else {
                "The dates are out of order: application deadline ≤ start ≤ end."
            }
        }
        Reason::OfferingCriteria => {
            if id {
                "Syarat tidak dikenal: predikat, jenis ASN atau golongan (golongan terendah tidak boleh di atas yang tertinggi)."
            } else {
                "Unknown criterion: predikat, ASN type or golongan (the lowest golongan may not be above the highest)."
            }
        }
        Reason::OfferingUnit => {
            if id {
                "Kode unit tidak ada di instansi ini."
            } else {
                "No unit of this agency has that code."
            }
        }
        Reason::OfferingClosed => {
            if id {
                "Pendaftaran pelatihan ini sudah ditutup."
            } else {
                "Applications to this offering are closed."
            }
        }
        Reason::OfferingStarted => {
            if id {
                "Pelatihan sudah dimulai; pendaftaran tidak dapat ditarik lagi."
            } else {
                "The offering has started; the application can no longer be withdrawn."
            }
        }
        Reason::OfferingDecided => {
            if id {
                "Peserta pelatihan ini sudah diputuskan."
            } else {
                "The participants of this offering have already been decided."
            }
        }
        Reason::OfferingNotEligible => {
            if id {
                "Belum memenuhi syarat pelatihan ini (lihat syarat yang belum terpenuhi)."
            } else {
                "Not eligible for this offering (see the criteria not met)."
            }
        }
        Reason::LearningVerdict => {
            if id {
                "Pilih terverifikasi atau ditolak."
            } else {
                "Choose verified or rejected."
            }
        }
        Reason::LearningFuture => {
            if id {
                "Tanggal selesai belum lewat: catat pembelajaran setelah selesai."
            } else {
                "The end date has not passed yet: record learning once it is completed."
            }
        }
        Reason::MentoringFeedbackGiven => {
            if id {
                "Anda sudah memberi umpan balik untuk mentoring ini."
            } else {
                "You have already given feedback on this mentoring."
            }
        }
        Reason::MentoringRating => {
            if id {
                "Beri nilai 1 sampai 5."
            } else {
                "Give a rating from 1 to 5."
            }
        }
        Reason::MentoringNote => {
            if id {
                "Tuliskan catatan (paling banyak 1.000 karakter)."
            } else {
                "Write a note (at most 1,000 characters)."
            }
        }
        Reason::MentoringMinutes => {
            if id {
                "Lama sesi 15 sampai 480 menit."
            } else {
                "A session lasts 15 to 480 minutes."
            }
        }
        Reason::MentoringDate => {
            if id {
                "Tanggal sesi harus antara awal mentoring dan hari ini."
            } else {
                "The session date must be between the start of the mentoring and today."
            }
        }
        Reason::MentoringEnded => {
            if id {
                "Mentoring ini sudah berakhir."
            } else {
                "This mentoring has ended."
            }
        }
        Reason::MentoringPeriod => {
            if id {
                "Tanggal selesai harus sesudah tanggal mulai dan paling lama 2 tahun kemudian."
            } else {
                "The end date must be after the start and at most 2 years later."
            }
        }
        Reason::MentoringGoals => {
            if id {
                "Tuliskan tujuan mentoring (paling banyak 1.000 karakter)."
            } else {
                "Write the mentoring goals (at most 1,000 characters)."
            }
        }
        Reason::MentoringPerson => {
            if id {
                "Pilih pegawai instansi Anda sebagai mentor, selain mentee sendiri."
            } else {
                "Choose an employee of your agency as mentor, other than the mentee."
            }
        }
        Reason::MentoringPaired => {
            if id {
                "Kedua pegawai ini sudah berpasangan dalam mentoring yang berjalan."
            } else {
                "These two are already paired in an active mentoring."
            }
        }
        Reason::MentorFull => {
            if id {
                "Mentor ini sudah membimbing jumlah mentee terbanyak; pilih mentor lain."
            } else {
                "This mentor already guides the most mentees allowed; choose another mentor."
            }
        }
        Reason::DiplomaDate => {
            if id {
                "Tanggal ijazah harus antara tanggal mulai belajar dan hari ini."
            } else {
                "The diploma date must be between the start of the study and today."
            }
        }
        Reason::StudyState => {
            if id {
                "Permohonan ini tidak dapat diubah pada tahapnya sekarang."
            } else {
                "This request cannot be changed at its current stage."
            }
        }
        Reason::StudyNote => {
            if id {
                "Tuliskan alasan penolakan (paling banyak 1.000 karakter)."
            } else {
                "Give the reason for refusing (at most 1,000 characters)."
            }
        }
        Reason::StudyDates => {
            if id {
                "Perkiraan tanggal ijazah harus sesudah tanggal mulai dan paling lama 7 tahun kemudian."
            } else {
                "The expected diploma date must be after the start and at most 7 years later."
            }
        }
        Reason::StudyEducation => {
            if id {
                "Jenjang pendidikan yang dituju harus D-III, S1, S2 atau S3 dan lebih tinggi dari pendidikan Anda sekarang."
            } else {
                "The education sought must be D-III, S1, S2 or S3 and higher than your current education."
            }
        }
        Reason::StudyKind => {
            if id {
                "Tugas belajar hanya untuk PNS; PPPK dapat mengajukan izin belajar."
            } else {
                "Tugas belajar is for PNS only; a PPPK may ask for izin belajar."
            }
        }
        Reason::IdpState => {
            if id {
                "Rencana ini sedang ditinjau pejabat penilai atau sudah disetujui, sehingga tidak bisa diubah dengan cara ini sekarang."
            } else {
                "This plan is with the pejabat penilai or already agreed, so it cannot be changed this way now."
            }
        }
        Reason::IdpEmpty => {
            if id {
                "Tambahkan paling sedikit satu tindakan sebelum mengajukan rencana."
            } else {
                "Add at least one action before submitting the plan."
            }
        }
        Reason::IdpFull => {
            if id {
                "Satu rencana paling banyak berisi 12 tindakan."
            } else {
                "A plan holds at most 12 actions."
            }
        }
        Reason::IdpFocus => {
            if id {
                "Pilih fokus pengembangan dari daftar."
            } else {
                "Choose the development focus from the list."
            }
        }
        Reason::IdpKind => {
            if id {
                "Pilih bentuk tindakan dari daftar: pelatihan, mentoring, penugasan di tempat kerja atau pendidikan lanjutan."
            } else {
                "Choose the kind of action from the list: training, mentoring, an on-the-job assignment or further education."
            }
        }
        Reason::IdpOffering => {
            if id {
                "Pelatihan itu tidak ada di katalog instansi Anda atau sudah dibatalkan; hanya tindakan pelatihan yang dapat ditautkan ke katalog."
            } else {
                "That offering is not in your agency's catalogue or was cancelled; only a training action links to the catalogue."
            }
        }
        Reason::IdpTarget => {
            if id {
                "Tanggal target harus di dalam tahun rencana."
            } else {
                "The target date must fall within the plan's year."
            }
        }
        Reason::IdpText => {
            if id {
                "Uraian paling banyak 500 karakter."
            } else {
                "The description may have at most 500 characters."
            }
        }
        Reason::IdpNote => {
            if id {
                "Tulis alasan mengembalikan rencana (paling banyak 1000 karakter)."
            } else {
                "Write why you return the plan (at most 1000 characters)."
            }
        }
        Reason::IdpProgress => {
            if id {
                "Pilih kemajuan dari daftar; catatan paling banyak 500 karakter."
            } else {
                "Choose the progress from the list; the note may have at most 500 characters."
            }
        }
        _ => return None,
    })
}

/// Makes the development refusals readable by every form of the page.
pub fn provide() {
    leptos::prelude::provide_context(FeatureReasons(text));
}
