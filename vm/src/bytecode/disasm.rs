//! Readable listings of compiled prototypes (`lunaris -b -l`), derived from
//! the operand table in `isa.rs`.

use super::isa::{Format, Instruction, Op, Operand};
use super::proto::{Constant, ProtoBlueprint};
use std::fmt::Write;

/// Lists a prototype and, after it, every nested prototype.
pub fn listing(proto: &ProtoBlueprint) -> String {
    let mut out = String::new();
    list_proto(proto, "main", &mut out);
    out
}

fn list_proto(proto: &ProtoBlueprint, path: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "-- function {path} <{}:{}-{}> params {}{} slots {} upvalues {} constants {} functions {}",
        String::from_utf8_lossy(&proto.chunk_name),
        proto.line_defined,
        proto.last_line_defined,
        proto.num_params,
        if proto.is_vararg { "+..." } else { "" },
        proto.max_stack,
        proto.upvalues.len(),
        proto.constants.len(),
        proto.protos.len(),
    );
    let mut pc = 0;
    while pc < proto.code.len() {
        let instruction = proto.code[pc];
        let _ = write!(out, "{:04} [{:>3}] ", pc + 1, proto.lines[pc]);
        list_instruction(proto, pc, instruction, out);
        out.push('\n');
        pc += 1;
        if instruction.op() == Op::SetList {
            let _ = writeln!(
                out,
                "{:04} [{:>3}] .start {}",
                pc + 1,
                proto.lines[pc],
                proto.code[pc].bits()
            );
            pc += 1;
        }
    }
    for (index, upvalue) in proto.upvalues.iter().enumerate() {
        let _ = writeln!(
            out,
            "  upvalue {index} {} <- {} {}",
            String::from_utf8_lossy(&upvalue.name),
            if upvalue.in_parent_registers {
                "register"
            } else {
                "upvalue"
            },
            upvalue.index
        );
    }
    for local in &proto.locals {
        let _ = writeln!(
            out,
            "  local {} r{} pc {}-{}",
            String::from_utf8_lossy(&local.name),
            local.register,
            local.start_pc + 1,
            local.end_pc + 1
        );
    }
    for (index, child) in proto.protos.iter().enumerate() {
        out.push('\n');
        list_proto(child, &format!("{path}.{index}"), out);
    }
}

fn list_instruction(proto: &ProtoBlueprint, pc: usize, instruction: Instruction, out: &mut String) {
    let op = instruction.op();
    let _ = write!(out, "{:<10}", op.name());
    let [kind_a, kind_b, kind_c] = op.operands();
    let values: [(Operand, i64); 3] = match op.format() {
        Format::ABC => [
            (kind_a, i64::from(instruction.a())),
            (kind_b, i64::from(instruction.b())),
            (kind_c, i64::from(instruction.c())),
        ],
        Format::AD => [
            (kind_a, i64::from(instruction.a())),
            (kind_b, i64::from(instruction.d())),
            (kind_c, 0),
        ],
        Format::AsD => [
            (kind_a, i64::from(instruction.a())),
            (kind_b, i64::from(instruction.sd())),
            (kind_c, 0),
        ],
        Format::J => [
            (kind_a, i64::from(instruction.sj())),
            (kind_b, 0),
            (kind_c, 0),
        ],
    };
    let mut comments = Vec::new();
    for (kind, value) in values {
        match kind {
            Operand::Unused => continue,
            Operand::Jump => {
                let _ = write!(out, " => {:04}", pc as i64 + 2 + value);
                continue;
            }
            Operand::Const | Operand::Key => {
                if let Some(constant) = usize::try_from(value)
                    .ok()
                    .and_then(|i| proto.constants.get(i))
                {
                    comments.push(constant_text(constant));
                }
            }
            Operand::Upval => {
                if let Some(upvalue) = usize::try_from(value)
                    .ok()
                    .and_then(|i| proto.upvalues.get(i))
                {
                    comments.push(String::from_utf8_lossy(&upvalue.name).into_owned());
                }
            }
            Operand::Prim => comments.push(
                ["nil", "false", "true"]
                    .get(value as usize)
                    .unwrap_or(&"?")
                    .to_string(),
            ),
            _ => {}
        }
        let _ = write!(out, " {value}");
    }
    if !comments.is_empty() {
        let _ = write!(out, "  ; {}", comments.join(" "));
    }
}

fn constant_text(constant: &Constant) -> String {
    match constant {
        Constant::Number(n) => crate::number::format(*n),
        Constant::String(s) => format!("{:?}", String::from_utf8_lossy(s)),
    }
}
